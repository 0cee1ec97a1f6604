using CsCheck;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Tests.Yaml;

/// <summary>
/// The one way YAML is read: a text read without a diagnostic gives the tree YamlDotNet's
/// representation model gives (values, quoting, lines and columns); what plain YAML lacks is a
/// diagnostic of ours at its line; and no text, however nested, throws.
/// </summary>
public sealed class EventTreeTests
{
    private const int Iterations = 3000;

    private static readonly string ValidYaml = FrontMatter.Split(System.Text.Encoding.UTF8.GetBytes(Decisions.Finnish(extra: "section: 4\ndnro: EX/1/2025\ntopics: [schools, environment]\ndecision: Hyväksyttiin.\nkey: katto\nattachments:\n  - { title: Liite, file: liite.pdf }")))
        .FrontMatter!.Yaml;

    [Fact]
    public void Ordinary_front_matter_is_read_as_the_model_reads_it()
    {
        var bag = new DiagnosticBag();
        var root = Parse(ValidYaml, bag);

        Assert.Empty(bag.ToSortedList());
        AssertSame(Model(ValidYaml), root);
    }

    [Theory]
    [InlineData("a: !!str 1\n", "DP0138", 1, 4, "type tags ('!!str') are not read")]
    [InlineData("a: 1\nb: 2\na: 3\n", "DP0017", 3, 1, "'a' is given twice (first on line 1)")]
    [InlineData("a: 1\n'a': 2\n", "DP0017", 2, 1, "'a' is given twice (first on line 1)")]
    [InlineData("[^1]: a\n[^1]: b\n", "DP0017", 2, 1, "'[^1]' is given twice (first on line 1)")]
    [InlineData("a: 1\n--- b\n", "DP0140", 2, 1, "second YAML document")]
    public void What_plain_yaml_lacks_is_our_own_error_at_its_line(string yaml, string code, int line, int column, string message)
    {
        var bag = new DiagnosticBag();
        Parse(yaml, bag);

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal((code, line, column), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("date: 2025-03-14\ntitle: }\n", "DP0149", 8, "this '}' closes nothing")]
    [InlineData("date: 2025-03-14\ntitle: ,Kemi\n", "DP0148", 8, "the value of 'title' begins with ','")]
    [InlineData("date: 2025-03-14\ntitle: !Tärkeä\n", "DP0148", 8, "`title: \"!Tärkeä\"`")]
    [InlineData("date: 2025-03-14\ntitle: *\n", "DP0148", 8, "`title: \"*\"`")]
    public void A_sign_at_the_start_of_a_value_that_the_parser_cannot_read_is_named_with_the_fix(string yaml, string code, int column, string message)
    {
        var bag = new DiagnosticBag();
        Parse(yaml, bag);

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal((code, 2, column), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("title: *Kiireellinen*\n", "the value of 'title' begins with '*'", "`title: \"*Kiireellinen*\"`")]
    [InlineData("title: **Tärkeä**\n", "the value of 'title' begins with '*'", "`title: \"**Tärkeä**\"`")]
    [InlineData("title: *Päätös*   # korostus\n", "the value of 'title' begins with '*'", "`title: \"*Päätös*\"`")]
    [InlineData("title: &Co\n", "the value of 'title' begins with '&'", "`title: \"&Co\"`")]
    public void Text_that_begins_like_an_alias_or_anchor_is_told_to_take_quotes_once(string yaml, string message, string quoted)
    {
        var bag = new DiagnosticBag();
        var root = (MappingNode)Parse(yaml, bag)!;

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal(("DP0148", 1, 8), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains(message, error.Message);
        Assert.Contains(quoted, error.Message);
        Assert.StartsWith(yaml[7..9], ((ScalarNode)root.Children[0].Value).Value);
    }

    [Fact]
    public void An_anchor_and_the_alias_that_uses_it_are_each_an_error_at_its_place()
    {
        var bag = new DiagnosticBag();
        Parse("a: &x 1\nb: 2\nc: *x\n", bag);

        var errors = bag.ToSortedList();
        Assert.Equal([("DP0136", 1, 4), ("DP0137", 3, 4)], errors.Select(d => (d.Code, d.Location.Line, d.Location.Column)));
        Assert.Contains("anchors ('&x') are not read", errors[0].Message);
        Assert.Contains("aliases ('*x') are not read", errors[1].Message);
    }

    [Theory]
    [InlineData("title: &Kemi Oy\nb: 2\n", '&', "`title: \"&Kemi Oy\"`")]
    [InlineData("title: &Kemi   Oy ja Tornio\n", '&', "`title: \"&Kemi Oy ja Tornio\"`")]
    [InlineData("b: 2\ntitle: *kiireellinen\n", '*', "`title: \"*kiireellinen\"`")]
    public void An_anchor_no_alias_uses_or_an_alias_of_no_anchor_is_text_that_takes_quotes(string yaml, char sign, string quoted)
    {
        var bag = new DiagnosticBag();
        Parse(yaml, bag);

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal("DP0148", error.Code);
        Assert.Contains($"the value of 'title' begins with '{sign}'", error.Message);
        Assert.Contains(quoted, error.Message);
    }

    [Fact]
    public void The_same_problems_in_a_configuration_file_have_configuration_codes()
    {
        var bag = new DiagnosticBag();
        new YamlSource("site.yml", "a: &x 1\nb: *x\nc: !!str 2\nc: 3\n").Parse(bag, YamlCodes.Configuration);

        Assert.Equal(["DP1136", "DP1137", "DP1138", "DP1139"], bag.ToSortedList().Select(d => d.Code));
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Nesting_of_100000_levels_is_an_error_at_the_line_not_a_stack_overflow(char open)
    {
        var bag = new DiagnosticBag();
        Assert.Null(Parse("title: x\nproposal: " + new string(open, 100_000) + "\n", bag));

        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal((DiagnosticCodes.YamlTooDeep, 2), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Mutated_front_matter_read_without_a_diagnostic_reads_as_the_model_reads_it() =>
        InputGenerators.Mutated(ValidYaml).Sample(Agrees, iter: Iterations);

    [Fact]
    public void Random_front_matter_read_without_a_diagnostic_reads_as_the_model_reads_it() =>
        InputGenerators.FrontMatter.Select(text => FrontMatter.Split(System.Text.Encoding.UTF8.GetBytes(text)).FrontMatter?.Yaml ?? "").Sample(Agrees, iter: Iterations);

    [Fact]
    public void A_mutated_site_yml_read_without_a_diagnostic_reads_as_the_model_reads_it() =>
        InputGenerators.Mutated(TestSite.DefaultConfig).Sample(Agrees, iter: Iterations);

    private static Node? Parse(string yaml, DiagnosticBag bag) =>
        new YamlSource("a.md", yaml).Parse(bag, YamlCodes.Content);

    private static void Agrees(string yaml)
    {
        var bag = new DiagnosticBag();
        var root = Parse(yaml, bag);
        if (bag.ToSortedList().Count == 0)
        {
            AssertSame(Model(yaml), root);
        }
        else
        {
            Assert.All(bag.ToSortedList(), d => Assert.True(d.Location.Line >= 1, d.ToString()));
        }
    }

    private static YamlNode? Model(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new Parser(new StringReader(yaml)));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static void AssertSame(YamlNode? expected, Node? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        // The parser places a one-pair mapping in a flow list ('[a: b]', '[? a]') nowhere; ours
        // is at its '?' or its key.
        if (expected is YamlMappingNode { Children.Count: 1 } pair && expected.Start.Equals(Mark.Empty))
        {
            var key = pair.Children.First().Key.Start;
            Assert.InRange(actual.Start.Index, key.Index - 20, key.Index);
            Assert.Equal(key.Line, actual.Start.Line);
        }
        else
        {
            Assert.Equal((expected.Start.Line, expected.Start.Column, expected.Start.Index), (actual.Start.Line, actual.Start.Column, actual.Start.Index));
        }

        switch (expected)
        {
            case YamlScalarNode scalar:
                var other = Assert.IsType<ScalarNode>(actual);
                Assert.Equal((scalar.Value, scalar.Style), (other.Value, other.Style));
                break;
            case YamlSequenceNode sequence:
                var items = Assert.IsType<SequenceNode>(actual).Children;
                Assert.Equal(sequence.Children.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(sequence.Children[i], items[i]);
                }

                break;
            case YamlMappingNode mapping:
                var entries = Assert.IsType<MappingNode>(actual).Children;
                Assert.Equal(mapping.Children.Count, entries.Count);
                var i2 = 0;
                foreach (var (key, value) in mapping.Children)
                {
                    AssertSame(key, entries[i2].Key);
                    AssertSame(value, entries[i2].Value);
                    i2++;
                }

                break;
        }
    }
}
