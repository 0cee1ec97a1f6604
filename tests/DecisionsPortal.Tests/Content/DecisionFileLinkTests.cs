using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

public sealed class DecisionFileLinkTests
{
    [Fact]
    public void A_decision_file_that_is_a_link_to_a_file_outside_the_content_folder_is_refused()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish() + "\n-- muualla/salainen.md --\n" + Decisions.Finnish(title: "Salainen muistio"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/linkki.md"), Path.Combine(site.Root, "muualla/salainen.md"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.DecisionOutsideContent, error.Code);
        Assert.EndsWith("content/fi/2025/linkki.md", error.Location.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_decision_in_a_linked_folder_outside_the_content_folder_is_refused()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish() + "\n-- muualla/salainen.md --\n" + Decisions.Finnish(title: "Salainen muistio"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2024"), Path.Combine(site.Root, "muualla"));

        var result = site.Build();

        // Refused at the folder, which is never walked: a link to '/' would walk the whole disk.
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.DecisionOutsideContent, error.Code);
        Assert.EndsWith("content/fi/2024", error.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_linked_folder_that_leads_back_into_the_content_folder_is_one_error_not_a_loop()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish());
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/2025/kierre"), Path.Combine(site.Root, "content"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.LinkedFolderLoop, error.Code);
        Assert.EndsWith("content/fi/2025/kierre", error.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.StartsWith("this folder is a link to '", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("content', a folder that holds it, so it would be read in a loop; remove the link", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_linked_folder_of_meetings_is_refused_like_one_of_decisions()
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish() + "\n-- muualla/2025-03-14.md --\n---\nplace: Salainen paikka\n---\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "content/fi/meetings"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/fi/meetings/kaupunginhallitus"), Path.Combine(site.Root, "muualla"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.DecisionOutsideContent, error.Code);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus", error.Location.Path.Replace('\\', '/'), StringComparison.Ordinal);
    }
}
