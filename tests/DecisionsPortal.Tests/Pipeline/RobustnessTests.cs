using CsCheck;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>
/// Property-based: whatever an editor writes into front matter, Markdown or site.yml, the
/// pipeline ends either with output or with diagnostics that each name a file and a line, and
/// never with an exception. The pipeline turns an exception into DP9001 "internal error", so
/// here DP9001 counts as the crash it is. A crash found is kept below as a plain fact.
/// </summary>
public sealed class RobustnessTests
{
    private const int Iterations = 100;

    private static readonly string Valid = Decisions.Finnish(extra: "section: 4\ndnro: EX/1/2025\ntopics: [schools, environment]\ndecision: Hyväksyttiin.\nkey: katto");

    [Fact]
    public void Mutated_front_matter_never_crashes_the_pipeline() =>
        Check(InputGenerators.Mutated(Valid), (site, text) => site.Write("content/fi/2025/katto.md", text));

    [Fact]
    public void Random_front_matter_fields_of_any_shape_never_crash_the_pipeline() =>
        Check(InputGenerators.FrontMatter, (site, text) => site.Write("content/fi/2025/katto.md", text));

    [Fact]
    public void Random_markdown_in_the_text_and_the_proposal_never_crashes_the_pipeline() =>
        Check(Gen.Select(InputGenerators.Markdown, InputGenerators.Markdown), (site, texts) =>
            site.Write("content/fi/2025/katto.md", Decisions.Finnish(text: texts.Item1)
                .Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: |\n  " + texts.Item2.Replace("\n", "\n  ", StringComparison.Ordinal))));

    [Fact]
    public void A_mutated_site_yml_never_crashes_the_pipeline() =>
        Check(InputGenerators.Mutated(TestSite.DefaultConfig), (site, text) => site.Write("site.yml", text));

    // Crashes the properties found, kept as facts.

    [Fact]
    public void A_lone_carriage_return_in_front_matter_is_reported_as_invalid_yaml_at_a_line_not_a_crash()
    {
        var result = BuildWith("---\ntitle: Katto\ndnro: \r : \nbody: kaupunginhallitus\n---\ntext\n");

        AssertHandled(result);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidYaml);
        Assert.EndsWith("katto.md", error.Location.Path);
        Assert.InRange(error.Location.Line, 2, 6);
    }

    [Fact]
    public void The_same_field_twice_under_a_yaml_tag_is_a_tag_error_and_a_repeated_field_error()
    {
        var result = BuildWith(Valid.Replace("dnro: EX/1/2025", "dnro: EX/1/2025\n!!str topics: [schools]", StringComparison.Ordinal));

        AssertHandled(result);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlTag);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateField);
        Assert.Contains("'topics' is given twice", error.Message);
    }

    [Fact]
    public void A_list_used_as_a_field_name_is_an_error_at_its_line()
    {
        var result = BuildWith(Valid.Replace("dnro: EX/1/2025", "? [a, b]\n: x\n? [c]\n: y", StringComparison.Ordinal));

        AssertHandled(result);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.WrongType && d.Message.Contains("field name must be text")));
    }

    [Fact]
    public void An_empty_site_yml_is_a_configuration_error_not_an_empty_success()
    {
        using var site = new TestSite("-- site.yml --\n");

        var result = site.Build();

        AssertHandled(result);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ConfigInvalidYaml, 1), (error.Code, error.Location.Line));
        Assert.Equal(2, result.ExitCode);
    }

    private static BuildResult BuildWith(string finnish)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{finnish}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");
        return site.Build();
    }

    private static void Check<T>(Gen<T> inputs, Action<TestSite, T> write)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Valid}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");
        var pristine = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/templates/", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllBytes);
        inputs.Sample(input =>
        {
            foreach (var (file, bytes) in pristine)
            {
                File.WriteAllBytes(file, bytes);
            }

            write(site, input);
            AssertHandled(BuildPipeline.Check(new BuildOptions(site.ConfigPath, site.Output)));
        }, iter: Iterations, threads: 1, print: input => Show(input));
    }

    internal static void AssertHandled(BuildResult result)
    {
        var crash = result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InternalError);
        Assert.True(crash is null, $"crash: {crash}");
        if (result.Succeeded)
        {
            Assert.NotNull(result.Site);
            return;
        }

        foreach (var error in result.Diagnostics.Where(d => d.IsError))
        {
            Assert.True(error.Location.Path.Length > 0 && error.Location.Line >= 1, $"an error without a file and line: {error}");
        }
    }

    private static string Show<T>(T input) => input switch
    {
        string text => System.Text.Json.JsonSerializer.Serialize(text),
        ValueTuple<string, string> pair => System.Text.Json.JsonSerializer.Serialize(pair.Item1) + " / " + System.Text.Json.JsonSerializer.Serialize(pair.Item2),
        _ => input?.ToString() ?? "",
    };
}
