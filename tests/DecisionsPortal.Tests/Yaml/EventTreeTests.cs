using CsCheck;
using DecisionsPortal.Content;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Tests.Yaml;

/// <summary>
/// The tree read straight from the parser's events must be the tree YamlDotNet's representation
/// model gives for the same text (values, quoting, lines and columns), and every text it does
/// not take must be one the model is left to read, so front matter reads and is reported as before.
/// </summary>
public sealed class EventTreeTests
{
    private const int Iterations = 3000;

    private static readonly string ValidYaml = FrontMatter.Split(Decisions.Finnish(extra: "section: 4\ndnro: EX/1/2025\ntopics: [schools, environment]\ndecision: Hyväksyttiin.\nkey: katto\nattachments:\n  - { title: Liite, file: liite.pdf }"))
        .FrontMatter!.Yaml;

    [Fact]
    public void Ordinary_front_matter_is_read_from_the_events_as_the_model_reads_it()
    {
        Assert.True(EventTree.TryBuild(ValidYaml, out var root));
        AssertSame(Model(ValidYaml), root);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: 1\n'a': 2\n")]
    [InlineData("? [a]\n: 1\n")]
    [InlineData("a: 1\n--- b\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: b: c\n")]
    public void Anchors_tags_repeated_or_odd_keys_second_documents_and_errors_are_left_to_the_model(string yaml) =>
        Assert.False(EventTree.TryBuild(yaml, out _));

    [Fact]
    public void Mutated_front_matter_taken_from_the_events_reads_as_the_model_reads_it() =>
        InputGenerators.Mutated(ValidYaml).Sample(Agrees, iter: Iterations);

    [Fact]
    public void Random_front_matter_taken_from_the_events_reads_as_the_model_reads_it() =>
        InputGenerators.FrontMatter.Select(text => FrontMatter.Split(text).FrontMatter?.Yaml ?? "").Sample(Agrees, iter: Iterations);

    [Fact]
    public void A_mutated_site_yml_taken_from_the_events_reads_as_the_model_reads_it() =>
        InputGenerators.Mutated(TestSite.DefaultConfig).Sample(Agrees, iter: Iterations);

    private static void Agrees(string yaml)
    {
        if (EventTree.TryBuild(yaml, out var root))
        {
            AssertSame(Model(yaml), root);
        }
    }

    // The representation model's reading, converted as the slow path converts it.
    private static Node? Model(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new Parser(new StringReader(yaml)));
        return stream.Documents.Count == 0 ? null : RepresentationTree.Convert(stream.Documents[0].RootNode);
    }

    private static void AssertSame(Node? expected, Node? actual)
    {
        Assert.Equal(expected?.GetType(), actual?.GetType());
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal((expected.Start.Line, expected.Start.Column, expected.Start.Index), (actual.Start.Line, actual.Start.Column, actual.Start.Index));
        switch (expected)
        {
            case ScalarNode scalar:
                var other = (ScalarNode)actual;
                Assert.Equal((scalar.Value, scalar.Style), (other.Value, other.Style));
                break;
            case SequenceNode sequence:
                var items = ((SequenceNode)actual).Children;
                Assert.Equal(sequence.Children.Count, items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    AssertSame(sequence.Children[i], items[i]);
                }

                break;
            case MappingNode mapping:
                var entries = ((MappingNode)actual).Children;
                Assert.Equal(mapping.Children.Count, entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    AssertSame(mapping.Children[i].Key, entries[i].Key);
                    AssertSame(mapping.Children[i].Value, entries[i].Value);
                }

                break;
        }
    }
}
