using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

public sealed class SearchPageTests
{
    private static TestSite Built()
    {
        var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");
        Assert.True(site.Build().Succeeded);
        return site;
    }

    [Fact]
    public void Every_page_with_a_header_has_a_labelled_search_form_that_works_without_a_script()
    {
        using var site = Built();

        var pages = site.OutputFiles().Where(p => p.EndsWith("index.html", StringComparison.Ordinal) && p != "index.html" && !Html.IsRedirect(site.Read(p))).ToList();
        Assert.True(pages.Count > 10);
        foreach (var path in pages)
        {
            var page = Html.Parse(site.Read(path));
            var form = page.QuerySelector("header form[role=search]");
            Assert.NotNull(form);
            var language = path[..2];
            Assert.Equal(language == "fi" ? "/fi/haku/" : "/sv/sok/", form!.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            var label = form.QuerySelector($"label[for='{input.Id}']")!;
            Assert.False(string.IsNullOrWhiteSpace(label.TextContent));
            Assert.Null(label.ClassList.FirstOrDefault(c => c == "visually-hidden"));
        }
    }

    [Fact]
    public void The_search_page_says_it_needs_javascript_and_points_to_the_listings_without_it()
    {
        using var site = Built();

        var page = Html.Parse(site.Read("sv/sok/index.html"));

        var noscript = Html.Parse(page.QuerySelector("noscript")!.InnerHtml);
        Assert.Contains("JavaScript", noscript.Body!.TextContent);
        var links = noscript.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sv/beslut/", links);
        Assert.Contains("/sv/ar/", links);
        Assert.True(page.QuerySelector("#search-app")!.HasAttribute("hidden"));
        Assert.Equal("polite", page.QuerySelector("#search-status")!.GetAttribute("aria-live"));
    }

    [Fact]
    public void The_search_page_loads_only_external_scripts_of_our_own_and_no_inline_code_or_style()
    {
        using var site = Built();

        var page = Html.Parse(site.Read("fi/haku/index.html"));

        var scripts = page.QuerySelectorAll("script").Select(s => (s.GetAttribute("src"), s.TextContent, s.HasAttribute("defer"))).ToList();
        Assert.Equal(4, scripts.Count);  // stemmers, the manifest, the engine, the page
        Assert.All(scripts, s =>
        {
            Assert.StartsWith("/", s.Item1);
            Assert.Equal("", s.TextContent);
            Assert.True(s.Item3);
            Assert.True(site.Exists(s.Item1![1..]), s.Item1);
        });
        Assert.Empty(page.QuerySelectorAll("[style], style"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
    }

    [Fact]
    public void Index_files_carry_a_content_hash_in_their_names_or_folders()
    {
        using var site = Built();

        var files = site.OutputFiles().Where(p => p.StartsWith("search/fi/", StringComparison.Ordinal)).ToList();

        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^search/fi/manifest\.[0-9a-f]{10}\.js$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^search/fi/i-[0-9a-f]{10}/t0-0\.bin$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^search/fi/i-[0-9a-f]{10}/p0-0\.bin$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^search/fi/docs\.[0-9a-f]{10}\.bin$"));
        Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^search/fi/m-[0-9a-f]{10}/0\.json$"));
    }
}
