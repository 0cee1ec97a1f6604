using System.Reflection;
using System.Text.RegularExpressions;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Publishing;

/// <summary>The guides an editor reads (written into a new content repository by <c>init</c>): OHJE.md in Finnish, ANVISNING.md in Swedish.</summary>
public sealed partial class EditorGuideTests
{
    private static readonly string[] Guides = ["OHJE.md", "ANVISNING.md"];

    private static string Read(string guide) => File.ReadAllText(Path.Combine(Repository.Root, "docs", "content-repository", guide));

    private static SortedSet<string> CodesIn(string guide) => new(Code().Matches(Read(guide)).Select(m => m.Value), StringComparer.Ordinal);

    // The messages an editor meets that stop the build or warn of what a reader cannot see: the
    // guides say what each means and what to do.
    [Theory]
    [InlineData("OHJE.md", "DP0159")]
    [InlineData("OHJE.md", "DP1158")]
    [InlineData("OHJE.md", "DP0014")]
    [InlineData("OHJE.md", "DP0015")]
    [InlineData("OHJE.md", "DP0048")]
    [InlineData("OHJE.md", "DP0188")]
    [InlineData("OHJE.md", "DP0189")]
    [InlineData("OHJE.md", "DP0193")]
    [InlineData("OHJE.md", "DP0191")]
    [InlineData("OHJE.md", "DP0192")]
    [InlineData("ANVISNING.md", "DP0159")]
    [InlineData("ANVISNING.md", "DP1158")]
    [InlineData("ANVISNING.md", "DP0014")]
    [InlineData("ANVISNING.md", "DP0015")]
    [InlineData("ANVISNING.md", "DP0048")]
    [InlineData("ANVISNING.md", "DP0188")]
    [InlineData("ANVISNING.md", "DP0189")]
    [InlineData("ANVISNING.md", "DP0193")]
    [InlineData("ANVISNING.md", "DP0191")]
    [InlineData("ANVISNING.md", "DP0192")]
    public void The_guide_tells_what_to_do_about_the_message(string guide, string code)
    {
        Assert.Contains(code, CodesIn(guide));
    }

    [Fact]
    public void The_finnish_and_the_swedish_guide_name_the_same_codes()
    {
        Assert.Equal(CodesIn("OHJE.md"), CodesIn("ANVISNING.md"));
    }

    [Fact]
    public void Every_code_a_guide_names_is_one_the_generator_reports()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        foreach (var guide in Guides)
        {
            Assert.All(CodesIn(guide), code => Assert.Contains(code, codes));
        }
    }

    [GeneratedRegex(@"\bDP\d{4}\b")]
    private static partial Regex Code();
}
