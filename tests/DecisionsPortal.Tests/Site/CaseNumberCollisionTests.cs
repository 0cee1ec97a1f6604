using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class CaseNumberCollisionTests
{
    private static string File(string name, string dnro) =>
        $"-- content/fi/2025/{name}.md --\n" + Decisions.Finnish(title: "Päätös " + name, extra: $"dnro: {dnro}") + "\n";

    [Fact]
    public void Diary_numbers_that_differ_only_in_punctuation_or_case_are_an_error_naming_both_files()
    {
        using var site = new TestSite(File("a", "KEM/1/2025") + File("b", "KEM-1-2025") + File("c", "kem.1.2025"));

        var result = site.Build();

        var errors = result.Diagnostics.Where(d => d.Code == "DP0173").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("content/fi/2025/a.md(", e.Message));
        Assert.Contains(errors, e => e.Location.Path.EndsWith("b.md", StringComparison.Ordinal) && e.Location.Line > 1 && e.Message.Contains("'KEM-1-2025' and 'KEM/1/2025'"));
        Assert.Contains(errors, e => e.Location.Path.EndsWith("c.md", StringComparison.Ordinal) && e.Message.Contains("'kem.1.2025'"));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void The_same_diary_number_written_the_same_way_is_one_case_without_an_error()
    {
        using var site = new TestSite(File("a", "KEM/1/2025") + File("b", " KEM/1/2025"));

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0173");
        Assert.True(result.Succeeded);
    }
}
