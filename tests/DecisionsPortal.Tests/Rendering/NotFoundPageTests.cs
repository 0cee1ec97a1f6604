using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>The page a host shows for an address the site does not have.</summary>
public sealed class NotFoundPageTests : IDisposable
{
    private readonly TestSite site = new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

    public void Dispose() => site.Dispose();

    [Fact]
    public void Each_languages_search_form_is_a_landmark_named_in_its_language()
    {
        Assert.True(site.Build().Succeeded);

        var forms = Html.Parse(site.Read("404.html")).QuerySelectorAll("[role=search]");

        Assert.Equal(["Hae päätöksistä", "Sök bland besluten"], forms.Select(f => f.GetAttribute("aria-label")));
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("https://example.fi/portal/", "/portal/")]
    public void The_404_page_offers_search_and_the_way_home_in_every_language_by_absolute_paths(string? baseUrl, string basePath)
    {
        Assert.True(site.Build(baseUrl: baseUrl).Succeeded);

        var page = Html.Parse(site.Read("404.html"));
        Assert.Equal(["Sivua ei löytynyt", "Sidan hittades inte"], page.QuerySelectorAll("h1 > span[lang]").Select(s => s.TextContent));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        var sections = page.QuerySelectorAll("main section");
        Assert.Equal(["fi", "sv"], sections.Select(s => s.GetAttribute("lang")));
        Assert.Equal([basePath + "fi/haku/", basePath + "sv/sok/"], sections.Select(s => s.QuerySelector("form[role=search]")!.GetAttribute("action")));
        Assert.Equal(["Hae", "Sök"], sections.Select(s => s.QuerySelector("form button")!.TextContent));
        Assert.Equal([basePath + "fi/", basePath + "sv/"], sections.Select(s => s.QuerySelector("p > a")!.GetAttribute("href")));
        Assert.StartsWith(basePath + "assets/site.", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_is_not_in_the_sitemap_and_headers_tell_other_hosts_where_it_is()
    {
        Assert.True(site.Build(baseUrl: "https://example.fi/portal/").Succeeded);

        Assert.DoesNotContain("404", site.Read("sitemap.xml"));
        var note = site.Read("_headers").Split('\n')[0];
        Assert.StartsWith("# ", note);
        Assert.Contains("error_page 404 /portal/404.html", note);
        Assert.Contains("ErrorDocument 404 /portal/404.html", note);
    }
}
