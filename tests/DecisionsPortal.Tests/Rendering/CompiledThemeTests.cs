using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// The compiled templates are a second evaluator of the part of Scriban the theme uses, kept
/// because Scriban's walk costs a large share of a build (bench/RESULTS.md); they must never
/// write other bytes than Scriban. The whole shipped theme renders a site twice: compiled, and
/// walked by Scriban (every template begins with an assignment, which the compiled subset leaves
/// to Scriban). Every file must be the same, and no page may have been handed to Scriban at run time.
/// </summary>
public sealed class CompiledThemeTests
{
    [Theory]
    [InlineData("council")]
    [InlineData("corpus")]
    public void The_shipped_theme_compiled_writes_byte_for_byte_what_Scriban_s_walk_writes(string kind)
    {
        using var compiled = Site(kind);
        using var walked = Site(kind);
        var templates = Path.Combine(walked.Root, "templates");
        foreach (var template in Directory.EnumerateFiles(templates, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(templates, f).StartsWith("assets", StringComparison.Ordinal)))
        {
            File.WriteAllText(template, "{{ scriban_walk = true }}" + File.ReadAllText(template));
        }

        var fast = BuildPipeline.Check(new BuildOptions(compiled.ConfigPath));
        var reference = BuildPipeline.Check(new BuildOptions(walked.ConfigPath));

        Assert.True(fast.Succeeded && reference.Succeeded, string.Join('\n', fast.Diagnostics.Concat(reference.Diagnostics)));
        Assert.DoesNotContain(fast.Stages!, s => s.Stage.Contains("Scriban's walk", StringComparison.Ordinal));
        var want = reference.Files!.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var have = fast.Files!.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), have.Keys.Order(StringComparer.Ordinal));
        var differing = want.Keys.Where(p => !want[p].AsSpan().SequenceEqual(have[p])).Order(StringComparer.Ordinal).ToList();
        Assert.True(differing.Count == 0, $"the compiled templates wrote other bytes in {string.Join(", ", differing.Take(10))}");
        Assert.Contains(have.Keys, p => p.EndsWith("index.html", StringComparison.Ordinal));
    }

    private static TestSite Site(string kind)
    {
        if (kind == "council")
        {
            return new TestSite(CouncilTown.Files);
        }

        var site = new TestSite();
        CorpusGenerator.Write(site, 30);
        return site;
    }
}
