using System.Net;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

public sealed class ServeHeadersTests
{
    [Fact]
    public async Task Serve_sends_the_sites_headers_and_redirects_only_within_the_site()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "attachments:\n  - { title: Liite, file: liite.pdf }") + "\n");
        site.WriteBytes("content/fi/2025/liite.pdf", [1, 2, 3]);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        foreach (var path in new[] { "//fi", "///fi", "/fi" })
        {
            var answer = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "/").AbsoluteUri.TrimEnd('/') + path));
            Assert.Equal("/fi/", answer.Headers.Location!.OriginalString);
        }

        var page = await http.GetAsync("/fi/paatokset/2025/a/");
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        var attachment = await http.GetAsync("/fi/paatokset/2025/a/liite.pdf");
        Assert.Equal("attachment", attachment.Content.Headers.ContentDisposition?.DispositionType);
        // Once: the site's rule and the attachment's both applied, and sent it twice.
        Assert.Equal("nosniff", Assert.Single(attachment.Headers.GetValues("X-Content-Type-Options")));
    }
}
