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

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DecisionOutsideContent && d.Location.Path.EndsWith("salainen.md", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }
}
