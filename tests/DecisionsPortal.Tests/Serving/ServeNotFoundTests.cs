using System.Net;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

public sealed class ServeNotFoundTests
{
    [Fact]
    public async Task An_address_the_site_does_not_have_gets_the_sites_own_404_page_with_status_404_as_a_host_shows_it()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            """);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await http.GetAsync("fi/ei-ole/");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Sivua ei löytynyt", page.QuerySelector("h1 [lang=fi]")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[role=search][action='/fi/haku/']"));
        Assert.NotNull(page.QuerySelector("script[src='/_serve/reload.js']"));
        Assert.Contains("frame-ancestors 'none'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
    }
}
