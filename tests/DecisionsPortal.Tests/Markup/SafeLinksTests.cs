using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Markup;

/// <summary>No link or image of any Markdown text reaches a page with an address a browser would run.</summary>
public sealed class SafeLinksTests
{
    private const string Hostile =
        "Teksti <javascript:alert(1)> [linkki](javascript:void(0)) ja [turvallinen](https://example.org/ok) "
        + "[vb](vbscript:msgbox(1)) <VBScript:msgbox(2)> [data](data:text/html;base64,PHNjcmlwdD4=) "
        + "[entiteetti](&#106;avascript:alert(3)) [tabi](java&#x09;script:alert(4)) [iso](JaVaScRiPt:alert(5)) "
        + "![kuva](javascript:alert(6)) ![datakuva](data:image/svg+xml;base64,PHN2Zz4=) [viite][v] loppu.";

    private static readonly string[] Safe = ["http:", "https:", "mailto:", "tel:"];

    private static void AssertNoLiveScript(AngleSharp.Dom.IDocument page, string container)
    {
        var addresses = page.QuerySelectorAll("[href], [src], [action], [formaction], [data]")
            .SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction" or "data").Select(a => a.Value))
            .ToList();
        Assert.NotEmpty(addresses);
        foreach (var address in addresses)
        {
            var compact = new string(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
            var colon = compact.IndexOf(':');
            var slash = compact.IndexOfAny(['/', '?', '#']);
            var scheme = colon > 0 && (slash < 0 || colon < slash) ? compact[..(colon + 1)] : null;
            Assert.True(scheme is null || Safe.Contains(scheme), $"live address: {address}");
        }

        var text = page.QuerySelector(container)!;
        Assert.Equal("https://example.org/ok", Assert.Single(text.QuerySelectorAll("a[href^='https://example.org']")).GetAttribute("href"));
        Assert.Empty(text.QuerySelectorAll("img"));
        foreach (var words in new[] { "linkki", "vb", "data", "entiteetti", "tabi", "iso", "viite", "javascript:alert(1)", "VBScript:msgbox(2)" })
        {
            Assert.Contains(words, text.TextContent);
        }
    }

    private static AngleSharp.Dom.IDocument Page(string files, string page)
    {
        using var site = new TestSite(files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return Html.Parse(site.Read(page));
    }

    [Fact]
    public void In_the_body()
    {
        var page = Page("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: Hostile + "\n\n[v]: javascript:alert(7)"), "fi/paatokset/2025/a/index.html");

        AssertNoLiveScript(page, ".preparation");
    }

    [Fact]
    public void In_the_proposal()
    {
        var file = Decisions.Finnish().Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: |\n  " + Hostile + "\n\n  [v]: vbscript:msgbox(7)");
        var page = Page("-- content/fi/2025/a.md --\n" + file, "fi/paatokset/2025/a/index.html");

        AssertNoLiveScript(page, ".proposal");
    }

    [Fact]
    public void In_the_decision()
    {
        var file = Decisions.Finnish(extra: "decision: |\n  " + Hostile + "\n\n  [v]: data:text/html,x");
        var page = Page("-- content/fi/2025/a.md --\n" + file, "fi/paatokset/2025/a/index.html");

        AssertNoLiveScript(page, ".outcome");
    }

    [Fact]
    public void In_meeting_notes()
    {
        var page = Page(
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish() + "\n-- content/fi/meetings/kaupunginhallitus/2025-03-14.md --\n---\nplace: Kaupungintalo\n---\n" + Hostile + "\n\n[v]: javascript:alert(7)\n",
            "fi/kokoukset/kaupunginhallitus/2025-03-14/index.html");

        AssertNoLiveScript(page, ".notes");
    }
}
