using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Diagnostics;

/// <summary>
/// A message quotes what an editor wrote; printed, it is still one line of visible text, and
/// nothing in it reads to a CI runner as a workflow command.
/// </summary>
public sealed class DiagnosticFormatterTests
{
    private const string Hostile = "unknown topic 'a\n::add-mask::secret\r\n::error file=x.md,line=1::forged \u001B[31mred\u001B[0m ##[warning]old \u202Eevil'";

    [Fact]
    public void Line_breaks_and_control_characters_are_printed_escaped_on_one_line()
    {
        var line = DiagnosticFormatter.Format(new Diagnostic(Severity.Error, "DP0013", Hostile, new SourceLocation("content/fi/a.md", 8, 9)), null);

        Assert.Equal(
            "content/fi/a.md(8,9): error DP0013: unknown topic 'a\\n::add-mask::secret\\r\\n::error file=x.md,line=1::forged \\u001B[31mred\\u001B[0m #\\u0023[warning]old \\u202Eevil'",
            line);
    }

    [Fact]
    public void Annotation_data_and_properties_are_percent_encoded_as_the_actions_toolkit_does()
    {
        var annotation = DiagnosticFormatter.FormatGitHubAnnotation(new Diagnostic(Severity.Warning, "DP0014", "100% a,b: c\nd", new SourceLocation("content/fi/a:b,c%.md", 3, 1)), null);

        Assert.Equal("::warning file=content/fi/a%3Ab%2Cc%25.md,line=3,col=1,title=DP0014::100%25 a,b: c\\nd", annotation);
    }

    [Fact]
    public void A_path_that_starts_with_two_colons_does_not_start_the_line()
    {
        var line = DiagnosticFormatter.Format(new Diagnostic(Severity.Error, "DP1001", "configuration file not found", new SourceLocation("::add-mask::x.yml")), null);

        Assert.StartsWith("./::add-mask::x.yml: error DP1001", line);
    }

    [Fact]
    public void Under_github_actions_no_line_of_a_build_with_a_hostile_value_is_a_command_but_our_annotations()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "topics: [\"x\\n::add-mask::secret\\n::error file=forged.md::forged \\e[31m\"]"));

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Contains(lines, l => l.Contains("error DP0013: unknown topic 'x\\n::add-mask::secret\\n::error file=forged.md::forged  [31m'", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal)), l => Assert.Matches(@"^::(error|warning) file=[^:]*,title=DP\d{4}::", l));
        Assert.DoesNotContain(stderr, c => c < ' ' && c != '\n');
    }
}
