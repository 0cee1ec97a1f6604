using System.Text;
using CsCheck;
using DecisionsPortal.Bench.Corpus;
using DecisionsPortal.Content;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Yaml;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Tests.Yaml;

/// <summary>
/// The fast reader of front matter must read exactly what YamlDotNet reads — the same values,
/// quoting and positions, so every diagnostic stays at the same line and column — or give up
/// and leave the text to YamlDotNet. Compared on realistic front matter, on hand-made corner
/// cases, and on thousands of mutated texts.
/// </summary>
public sealed class SimpleYamlParserTests
{
    private const string Usual = """
        title: "Koulun katon korjaus: vaihe 2"
        date: 2025-03-14
        body: kaupunginhallitus
        section: 323
        dnro: KEMI/3350/08.00.00/2019
        preparer:
          name: Maija Lindqvist
          title: Ympäristöpäällikkö
        presenter:
          name: Matti Virtanen
          title: Talousjohtaja
        topics: [international, environment,  traffic ]
        proposal: |
          Kaupunginhallitus päättää, että katto korjataan.
            Sisennetty rivi.

          Uusi kappale: [linkki](../2024/x.md) # ei kommentti
        # a comment line
        decision: 'Ehdotus hyväksyttiin.'
        aliases: []
        draft: false
        """;

    public static TheoryData<string> Accepted => new()
    {
        Usual,
        "a: 1",
        "a: x y  z  \nb: \"\"\n",
        "\n\n# lead comment\na: 1\n\n\nb: 2\n\n",
        "p:\n  n: x\n\n  t: y\nq: |\n   x\n    y\n   z\n",
        "q: |\n  a\n\n\n  b\n\n\nr: s",
        "q: |\n  last\n",
        "q: |\n  last",
        "p:\n    deep: 1\n    deeper: |\n      text\n      more\nq: 2",
        "t: [a b, c-d, 2025]\nu: [x]\nv: [  ]",
        "t: Foo [draft] {x}, y\nu: a:b\nv: 'a \"b\" c'\nw: \"a 'b' # c\"",
    };

    public static TheoryData<string> LeftToYamlDotNet => new()
    {
        "",
        "# only a comment",
        "a: 1\na: 2",
        "a:\n",
        "a: ~\nb:",
        "a: x # comment",
        "a: x\n  continued",
        "a: \"x\\ty\"",
        "a: 'it''s'",
        "a: \"open",
        "a: &anchor x\nb: *anchor",
        "a: !!str 5",
        "a: >\n  folded",
        "a: |-\n  stripped",
        "a: |\n\n  leading empty",
        "a: |\n  x\n   \n  y",
        "a: [x, ]",
        "a: [x, [y]]",
        "a: [\"x\"]",
        "a: { b: 1 }",
        "a:\n  - x\n  - y",
        "- x",
        "a: 1\n\tb: 2",
        "a: 1\r\nb: 2",
        "a: x\u0085y",
        "a: 1\n b: 2",
        "a:\n  b:\n    c: 1",
        "a b: 1",
        "a:b",
        "key: value:",
        "\"a\": 1",
        "a: 1\n---\nb: 2",
        "%YAML 1.2\n---\na: 1",
        "a: -x",
        "a: ? x",
        "a: |\n  x\n # indented comment",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Reads_the_usual_shapes_of_front_matter_exactly_as_YamlDotNet_does(string yaml)
    {
        var simple = SimpleYamlParser.TryParse(yaml);
        Assert.NotNull(simple);
        Assert.Equal(Dump(ByYamlDotNet(yaml)!), Dump(simple));
    }

    [Theory]
    [MemberData(nameof(LeftToYamlDotNet))]
    public void Leaves_anything_unusual_to_YamlDotNet(string yaml) =>
        Assert.Null(SimpleYamlParser.TryParse(yaml));

    [Fact]
    public void Reads_every_front_matter_of_the_benchmark_corpus_itself_and_as_YamlDotNet_does()
    {
        using var folder = new TempFolder();
        var corpus = SyntheticCorpus.FromRepository(Repository.Root);
        var site = new PortalSite(folder.Path, Path.Combine(Repository.Root, "templates"), 20);
        for (var i = 0; i < 300; i++)
        {
            site.WriteDecision(corpus.Decision(i));
        }

        var files = Directory.GetFiles(Path.Combine(folder.Path, "content"), "*.md", SearchOption.AllDirectories);
        Assert.Equal(600, files.Length);
        foreach (var file in files)
        {
            var (text, _, _) = StrictUtf8.Decode(File.ReadAllBytes(file));
            var yaml = FrontMatter.Split(text!).FrontMatter!.Yaml;
            var simple = SimpleYamlParser.TryParse(yaml);
            Assert.True(simple is not null, $"not read by the fast path: {file}\n{yaml}");
            Assert.Equal(Dump(ByYamlDotNet(yaml)!), Dump(simple));
        }
    }

    [Fact]
    public void Reads_mutated_front_matter_as_YamlDotNet_does_or_leaves_it_to_YamlDotNet()
    {
        var finnish = FrontMatter.Split(Decisions.Finnish(extra: "section: 4\ndnro: EX/1/2025\ntopics: [schools, environment]\ndecision: Hyväksyttiin.\nkey: katto")
            .Replace("preparer: { name: Maija Meikäläinen, title: Tekninen johtaja }", "preparer:\n  name: Maija Meikäläinen\n  title: Tekninen johtaja", StringComparison.Ordinal)
            .Replace("presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }", "presenter:\n  name: Olli Esimerkki\n  title: Kaupunginjohtaja", StringComparison.Ordinal))
            .FrontMatter!.Yaml;
        Assert.NotNull(SimpleYamlParser.TryParse(finnish));
        var read = 0;
        Gen.OneOf(InputGenerators.Mutated(finnish), InputGenerators.Mutated(Usual), InputGenerators.FrontMatter.Select(text => text[4..^9]))
            .Sample(yaml =>
            {
                if (SameAsYamlDotNet(yaml))
                {
                    Interlocked.Increment(ref read);
                }
            }, iter: 20_000, print: Show);

        // Enough mutants must be read by the fast path for the comparison to mean anything.
        Assert.True(read > 1_000, $"only {read} of 20,000 read by the fast path");
    }

    private static bool SameAsYamlDotNet(string yaml)
    {
        var simple = SimpleYamlParser.TryParse(yaml);
        if (simple is null)
        {
            return false;
        }

        Node? expected;
        try
        {
            expected = ByYamlDotNet(yaml);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"the fast path read what YamlDotNet rejects ({e.Message}):\n{Show(yaml)}");
        }

        Assert.True(expected is not null && Dump(expected) == Dump(simple), $"read differently:\n{Show(yaml)}\nYamlDotNet:\n{(expected is null ? "nothing" : Dump(expected))}\nfast:\n{Dump(simple)}");
        return true;
    }

    private static Node? ByYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : RepresentationTree.Convert(stream.Documents[0].RootNode);
    }

    private static string Show(string text) => text.Replace("\n", "⏎\n", StringComparison.Ordinal);

    private static string Dump(Node node)
    {
        var builder = new StringBuilder();
        Dump(node, "", builder);
        return builder.ToString();
    }

    private static void Dump(Node node, string indent, StringBuilder builder)
    {
        builder.Append(indent).Append(node.GetType().Name).Append(' ').Append(node.Start.Line).Append(':').Append(node.Start.Column);
        switch (node)
        {
            case ScalarNode scalar:
                builder.Append(' ').Append(scalar.Style).Append(" «").Append(scalar.Value).Append("»\n");
                break;
            case SequenceNode sequence:
                builder.Append('\n');
                foreach (var item in sequence.Children)
                {
                    Dump(item, indent + "  ", builder);
                }

                break;
            case MappingNode mapping:
                builder.Append('\n');
                foreach (var (key, value) in mapping.Children)
                {
                    Dump(key, indent + "  k ", builder);
                    Dump(value, indent + "  v ", builder);
                }

                break;
        }
    }
}
