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

    // A checkout on a server reads 'FI' as no language: every Finnish decision would leave the site.
    [Fact]
    public void A_language_folder_written_in_another_case_is_an_error_at_the_folder_with_its_rename()
    {
        using var site = new TestSite($"""
            -- content/FI/2025/a.md --
            {Decisions.Finnish()}
            -- content/FI/2025/b.md --
            {Decisions.Finnish(title: "Toinen")}
            -- content/sv/2025/a.md --
            {Decisions.Swedish()}
            """);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.MisplacedFile);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0188");
        Assert.True(error.IsError);
        Assert.EndsWith("content/FI", error.Location.Path);
        Assert.Equal("the folder 'FI' is the language 'fi' written in another case, and a folder's name is read as it is written: none of its files is published; rename the folder 'fi'", error.Message);
    }
}
