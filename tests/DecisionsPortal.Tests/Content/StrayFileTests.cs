using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>Markdown files outside the language folders are not published, and each one is named in a warning.</summary>
public sealed class StrayFileTests
{
    [Fact]
    public void Every_markdown_file_outside_the_language_folders_is_warned_about_in_path_order()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish()}
            -- content/sv/2025/a.md --
            {Decisions.Swedish()}
            -- content/readme.md --
            notes
            -- content/fi2/2025/b.md --
            {Decisions.Finnish()}
            -- content/drafts/old/c.md --
            {Decisions.Finnish()}
            -- content/drafts/notes.txt --
            not Markdown
            """);

        var stray = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.MisplacedFile).Select(d => d.Location.Path).ToList();

        Assert.Equal(["content/drafts/old/c.md", "content/fi2/2025/b.md", "content/readme.md"], stray.Select(p => p[p.IndexOf("content/", StringComparison.Ordinal)..]));
    }
}
