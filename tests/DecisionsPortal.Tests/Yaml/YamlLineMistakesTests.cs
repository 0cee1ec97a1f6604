using CsCheck;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Tests.Yaml;

/// <summary>
/// The reading of lines that explains a syntax error reads every line above the error: it must
/// never blame one of them when they are valid. Any text the parser reads, followed by one
/// broken line, is reported at that line and nowhere else. (It found that the older reading of
/// brackets blamed a valid list over several lines, and '[' inside a plain key.)
/// </summary>
public sealed class YamlLineMistakesTests
{
    private const int Iterations = 3000;
    // YAML breaks lines at these too, and a byte order mark inside a text is its own token. An
    // editor's file never reaches YAML with them, nor with control characters (DP0143) or half
    // of a character (it is read as UTF-8).
    private static readonly char[] OtherLineBreaks = ['\r', '\u0085', '\u2028', '\u2029', '\ufeff'];

    // YamlDotNet reads '[12, ? ]]' as one list: the explicit key's empty value takes the first ']'.
    // Such a text is not valid YAML, and the reading of lines rightly calls the second ']' stray
    // (found with seed c2oxKh7K93H1), so it is no valid text above a broken line.
    private static readonly System.Text.RegularExpressions.Regex EmptyFlowKeyClosed = new(@"\?\s*[\]}]");

    private const string Broken = "zz: \"Koulun katto\" korjataan";

    [Fact]
    public void Random_front_matter_followed_by_a_broken_line_is_blamed_only_there() =>
        InputGenerators.FrontMatter.Select(text => FrontMatter.Split(System.Text.Encoding.UTF8.GetBytes(text)).FrontMatter?.Yaml ?? "")
            .Sample(BlamesOnlyTheBrokenLine, iter: Iterations);

    [Fact]
    public void Mutated_front_matter_followed_by_a_broken_line_is_blamed_only_there() =>
        InputGenerators.Mutated(FrontMatter.Split(System.Text.Encoding.UTF8.GetBytes(Decisions.Finnish(extra: "topics: [schools]\nattachments:\n  - { title: Liite, file: liite.pdf }\n  - title: Toinen\n    file: toinen.pdf"))).FrontMatter!.Yaml)
            .Sample(BlamesOnlyTheBrokenLine, iter: Iterations);

    // Found by the mutation test above (seed ds-ecfsh-qe6): a tab after an item's dash, which the parser reads as a space, was taken for a field without its colon.
    [Fact]
    public void An_item_with_a_tab_after_its_dash_is_an_item() =>
        BlamesOnlyTheBrokenLine("title: Koulu\nattachments:\n  -\t { title: Liite, file: liite.pdf }\n  - title: Toinen\n    file: toinen.pdf\n");

    // Found by the mutation test below (seed 0m72tAsYQ9s1): the parser reads a quoted value from one
    // line's stray quote to the next line's, so the '{' that opened it is closed; it was blamed as unclosed.
    [Fact]
    public void A_bracket_the_parser_closes_over_several_lines_is_not_blamed() =>
        BlamesOnlyTheBrokenLine("bodies:\n  a: { fi: A,' sv: B }\n  b: { fi: C, sv: D }\ntopics:\n  c: { fi: E, sv: F'g }\n");

    // Found by the mutation test below (seed b-Mp3zGEHpT7): the parser takes a tab after a line's
    // first space for a space, so the line is a field like its neighbours; it was blamed as a tab
    // in the indentation, and as indented deeper than them.
    [Fact]
    public void A_tab_after_the_first_space_of_a_field_is_not_blamed() =>
        BlamesOnlyTheBrokenLine("topics:\n \tinternational: { fi: Kansainvälisyys, sv: Internationalisering }\n  environment: { fi: Ympäristö, sv: Miljö }\n");

    // Seen by the review: a field indented with a space and two tabs, above one indented with two
    // spaces, was blamed on the line below ("start it with 3 spaces"); the tabs are the mistake.
    [Fact]
    public void Tabs_that_misalign_a_field_with_the_next_are_blamed()
    {
        var bag = new DiagnosticBag();
        new YamlSource("a.md", "title: Koulu\npreparer:\n \t\tname: Maija Meikäläinen\n  title: Tekninen johtaja\n").Parse(bag, YamlCodes.Content);

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal((DiagnosticCodes.YamlTab, 3, 2), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_mutated_site_yml_followed_by_a_broken_line_is_blamed_only_there() =>
        InputGenerators.Mutated(TestSite.DefaultConfig).Sample(BlamesOnlyTheBrokenLine, iter: Iterations);

    [Fact]
    public void The_shipped_site_yml_and_decisions_followed_by_a_broken_line_are_blamed_only_there()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(path => FrontMatter.Split(File.ReadAllBytes(path)).FrontMatter?.Yaml)
            .OfType<string>()
            .Append(File.ReadAllText(Path.Combine(Repository.Root, "site.yml")))
            .ToList();

        Assert.True(texts.Count >= 6);
        Assert.All(texts, BlamesOnlyTheBrokenLine);
    }

    private static void BlamesOnlyTheBrokenLine(string yaml)
    {
        var clean = new DiagnosticBag();
        if (new YamlSource("a.md", yaml).Parse(clean, YamlCodes.Content) is not MappingNode { Start.Column: 1 } || clean.ToSortedList().Count > 0
            || yaml.Split('\n').Any(line => line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal))
            || yaml.IndexOfAny(OtherLineBreaks) >= 0 || yaml.Any(c => char.IsControl(c) && c is not '\t' and not '\n')
            || System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(yaml)) != yaml
            || EmptyFlowKeyClosed.IsMatch(yaml))
        {
            return;
        }

        var text = yaml.TrimEnd('\n') + "\n" + Broken + "\n";
        var brokenLine = text.Split('\n').Length - 1;
        var bag = new DiagnosticBag();
        new YamlSource("a.md", text).Parse(bag, YamlCodes.Content);

        // Where the reading stops without a verdict (a list in brackets over several lines), the
        // parser's own words are given: at the broken line still.
        var error = Assert.Single(bag.ToSortedList());
        Assert.True(error.Location.Line == brokenLine && error.Code is DiagnosticCodes.YamlQuoteTheValue or DiagnosticCodes.InvalidYaml, $"{error}\n---\n{text}");
    }
}
