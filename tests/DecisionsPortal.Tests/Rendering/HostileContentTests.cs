using DecisionsPortal.Rendering;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering;

public sealed class HostileContentTests
{
    private const string Page = "fi/paatokset/2025/a/index.html";

    private static AngleSharp.Dom.IDocument Build(string decision)
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + decision);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return Html.Parse(site.Read(Page));
    }

    [Fact]
    public void Markup_in_front_matter_is_shown_as_text()
    {
        var page = Build(Decisions.Finnish(title: "\"<script>alert(1)</script><img src=x onerror=alert(2)>\"")
            .Replace("title: Tekninen johtaja", "title: \"<b onclick=alert(3)>Johtaja</b>\""));

        // The one script element is the page's JSON-LD: data, which a browser never runs.
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']), img, b"));
        Assert.Equal("<script>alert(1)</script><img src=x onerror=alert(2)>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<b onclick=alert(3)>Johtaja</b>", page.QuerySelector(".facts")!.TextContent);
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text()
    {
        var page = Build(Decisions.Finnish(text: "<script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\nTeksti <style>body{display:none}</style>"));

        Assert.Empty(page.QuerySelectorAll("main script:not([type='application/ld+json']), main iframe, main style"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".preparation")!.TextContent);
    }

    [Theory]
    [InlineData("[klikkaa](javascript:alert(1))")]
    [InlineData("[klikkaa](JaVaScRiPt:alert(1))")]
    [InlineData("[klikkaa](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![kuva](javascript:alert(1))")]
    public void Links_with_script_or_data_addresses_are_removed(string markdown)
    {
        var page = Build(Decisions.Finnish(text: markdown));

        var addresses = page.QuerySelectorAll("main [href], main [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
        Assert.DoesNotContain(addresses, a => a!.Contains("script:", StringComparison.OrdinalIgnoreCase) || a.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ordinary_links_survive()
    {
        var page = Build(Decisions.Finnish(text: "[Kuntalaki](https://www.finlex.fi/), [kirjaamo](mailto:kirjaamo@kemi.fi) ja [muutoksenhaku](#muutoksenhaku)"));

        Assert.Equal(["https://www.finlex.fi/", "mailto:kirjaamo@kemi.fi", "#muutoksenhaku"], page.QuerySelectorAll(".preparation a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Template_syntax_in_content_is_never_evaluated()
    {
        var page = Build(Decisions.Finnish(title: "\"{{ site.title }}\"", text: "{{ for x in 1..3 }}x{{ end }}"));

        Assert.Equal("{{ site.title }}", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("{{ for x in 1..3 }}x{{ end }}", page.QuerySelector(".preparation")!.TextContent);
    }

    [Fact]
    public void A_heading_in_markdown_never_competes_with_the_page_title()
    {
        var page = Build(Decisions.Finnish(text: "# Taustaa\n\nTeksti"));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Taustaa", page.QuerySelector(".preparation h2 + h2, .preparation h2:not(#preparation-heading)")!.TextContent);
    }

    [Fact]
    public void Markup_in_every_front_matter_field_in_the_markdown_and_in_site_yml_labels_reaches_the_page_only_as_text()
    {
        var site = QualitySites.Get("hostile");
        var page = Html.Parse(File.ReadAllText(Path.Combine(site.Output, HostileContent.DecisionPage)));
        var text = page.DocumentElement.TextContent;

        foreach (var field in HostileContent.Fields)
        {
            Assert.Contains($"<script>alert(\"{field}\")</script>", text);
        }

        Assert.Empty(page.QuerySelectorAll("body script, body img, body iframe, body style, [onclick], [onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("</a>{{ site.title }}", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Every_page_carries_a_strict_content_security_policy()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish());
        Assert.True(site.Build().Succeeded);

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var policy = Html.Parse(site.Read(file)).QuerySelector("head meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.Equal("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'", policy);
        }
    }

    [Fact]
    public void A_headers_file_sends_the_policy_with_frame_ancestors_and_the_security_headers_and_caches_hashed_assets_for_a_year()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish());
        Assert.True(site.Build(baseUrl: "https://example.fi/portal/").Succeeded);

        var headers = site.Read("_headers");

        Assert.Equal(
            $"""
            # An address the site does not have: /portal/404.html (Netlify, Cloudflare Pages and GitHub Pages show it by themselves; nginx: error_page 404 /portal/404.html; Apache: ErrorDocument 404 /portal/404.html)
            /portal/*
              Content-Security-Policy: {SecurityPolicy.ContentSecurityPolicy}; frame-ancestors 'none'
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin
              X-Frame-Options: DENY
              Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
            /portal/assets/*
              Cache-Control: public, max-age=31536000, immutable

            """.ReplaceLineEndings("\n"),
            headers);
        Assert.All(site.OutputFiles().Where(f => f.StartsWith("assets/", StringComparison.Ordinal)), f => Assert.Matches(@"\.[0-9a-f]{10}\.[a-z]+$", f));
    }
}
