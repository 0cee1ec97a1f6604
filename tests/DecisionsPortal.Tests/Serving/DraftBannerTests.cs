using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>serve builds with drafts: a draft's page says so, in serve only; and its error box tells the truth about what is shown.</summary>
public sealed class DraftBannerTests
{
    private static (SiteRebuilder Rebuilder, string Served) Serve(TestSite site)
    {
        var served = Path.Combine(site.Root, "served");
        return (new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served), served);
    }

    [Fact]
    public void A_draft_decisions_page_in_serve_has_a_visible_notice_and_a_built_site_never_has()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/luonnos.md --
            {Decisions.Finnish(title: "Luonnos", extra: "draft: true")}
            -- content/sv/2025/luonnos.md --
            {Decisions.Swedish(extra: "draft: true")}
            -- content/fi/2025/valmis.md --
            {Decisions.Finnish(title: "Valmis")}
            """);
        var (rebuilder, served) = Serve(site);

        Assert.True(rebuilder.Rebuild().Status.Ok);

        var draft = File.ReadAllText(Path.Combine(served, "fi/paatokset/2025/luonnos/index.html"));
        Assert.Matches("<main[^>]*>\n<p class=\"serve-draft\" role=\"note\"><strong>LUONNOS: tätä päätöstä ei julkaista \\(draft: true\\)", draft);
        Assert.Contains("<strong>UTKAST: detta beslut publiceras inte (draft: true)", File.ReadAllText(Path.Combine(served, "sv/beslut/2025/luonnos/index.html")));
        Assert.DoesNotContain("serve-draft", File.ReadAllText(Path.Combine(served, "fi/paatokset/2025/valmis/index.html")));

        Assert.True(site.Build(drafts: true).Succeeded);
        Assert.Contains("Luonnos", site.Read("fi/paatokset/2025/luonnos/index.html"));
        Assert.DoesNotContain("serve-draft", site.Read("fi/paatokset/2025/luonnos/index.html"));
    }

    [Fact]
    public void The_error_box_says_nothing_has_been_built_yet_until_a_build_succeeds()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(date: "14.3.2025")}");
        var (rebuilder, _) = Serve(site);

        var first = rebuilder.Rebuild().Status;

        Assert.False(first.Ok);
        Assert.Equal("The site has errors, and nothing has been built yet. Fix them and save:", first.Headline);
        Assert.Contains(first.Errors, e => e.Contains("content/fi/2025/a.md(3,7): error DP0011", StringComparison.Ordinal));

        site.Write("content/fi/2025/a.md", Decisions.Finnish());
        Assert.True(rebuilder.Rebuild().Status.Ok);
        site.Write("content/fi/2025/a.md", Decisions.Finnish(date: "14.3.2025"));
        var later = rebuilder.Rebuild().Status;

        Assert.Equal("The site has errors, so the last good version is shown. Fix them and save:", later.Headline);
    }
}
