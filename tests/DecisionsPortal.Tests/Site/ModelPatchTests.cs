using System.Collections;
using System.Reflection;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// serve keeps the last model after an edit of a decision's body alone and swaps the new
/// decision in. The swapped model must be the model a one-off build makes (same files), and must
/// hold the old decision nowhere (listings, cases, redirects, the council record); any other
/// edit must build the whole model.
/// </summary>
public sealed class ModelPatchTests
{
    private const string LinkToB = "Katso myös [toinen päätös](../2025/b.md).";

    [Theory]
    [InlineData("a", "Uusi teksti, ja linkki pysyy. " + LinkToB)]
    [InlineData("b", "Toisen päätöksen uusi teksti.")]
    [InlineData("c", "Vanhan vuoden päätös, uusi teksti.")]
    public void A_body_edit_swaps_the_decision_into_the_last_model_and_leaves_the_old_one_nowhere(string name, string text)
    {
        using var site = Site();
        var (cache, first) = Serve(site);
        Assert.Empty(first.Diagnostics);
        var old = first.Site!.Decisions.Single(p => p.Decision.File.Path.EndsWith($"fi/{Year(name)}/{name}.md", StringComparison.Ordinal));

        var second = Edit(site, cache, name, Decision(name, text: text));

        Assert.NotNull(cache.Model.PatchOf(second.Site!));
        var reachable = Reachable(second.Site!);
        Assert.DoesNotContain(old, reachable);
        Assert.DoesNotContain(old.Decision, reachable);
        Assert.Contains(text, second.Site!.Decisions.Single(p => p.Path == old.Path).Decision.Markdown, StringComparison.Ordinal);
        AssertSameAsOneOff(site, second);
    }

    [Theory]
    [InlineData("title", "a")]
    [InlineData("title", "b")]
    [InlineData("date into another year", "a")]
    [InlineData("date into another year", "b")]
    [InlineData("topics", "b")]
    [InlineData("organ", "b")]
    [InlineData("another link", "a")]
    [InlineData("a link dropped", "a")]
    [InlineData("personal data", "b")]
    [InlineData("a broken link", "b")]
    public void Any_other_edit_builds_the_whole_model(string edit, string name)
    {
        using var site = Site();
        var (cache, _) = Serve(site);

        var text = edit switch
        {
            "title" => Decision(name, title: "Uusi otsikko"),
            "date into another year" => Decision(name, date: "2024-12-30"),
            "topics" => Decision(name, extra: "topics: [schools]\ndnro: EX/1/2025"),
            "organ" => Decision(name, body: "tekninen-lautakunta"),
            "another link" => Decision(name, text: "Katso [vanha](../2024/c.md)."),
            "a link dropped" => Decision(name, text: "Ei linkkiä enää."),
            "personal data" => Decision(name, text: "Paikalla oli [[Maija Mallikas]]{.personal}."),
            _ => Decision(name, text: "Katso [puuttuva](../2025/ei-ole.md)."),
        };
        var second = Edit(site, cache, name, text);

        Assert.Null(second.Site is null ? null : cache.Model.PatchOf(second.Site));
        if (edit != "a broken link")
        {
            AssertSameAsOneOff(site, second);
        }
        else
        {
            // The error is reported, and a body edit that fixes it is not patched onto it either.
            Assert.False(second.Succeeded);
            var fixedAgain = Edit(site, cache, name, Decision(name, text: "Korjattu."));
            Assert.Null(cache.Model.PatchOf(fixedAgain.Site!));
            AssertSameAsOneOff(site, fixedAgain);
        }
    }

    [Fact]
    public void Warnings_of_the_kept_model_are_reported_again_after_a_patched_edit()
    {
        using var site = Site();
        site.Write("content/fi/2025/d.md", Decisions.Finnish(title: "Ilman käännöstä", extra: "dnro: EX/9/2025") + "\n");
        site.Write("content/sv/2025/d.md", Decisions.Swedish(title: "Utan", date: "2025-03-15", extra: "dnro: EX/8/2025") + "\n");
        var (cache, first) = Serve(site);
        Assert.NotEmpty(first.Diagnostics);

        var second = Edit(site, cache, "b", Decision("b", text: "Vain teksti muuttui."));

        Assert.NotNull(cache.Model.PatchOf(second.Site!));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    // Every edit keeps the rest of the file as it was. a and b are two handlings of one case (b the newer), a has a translation, a redirect and a link to b; c is of another year.
    private static TestSite Site() => new(
        $"-- content/fi/2025/a.md --\n{Decision("a")}\n" +
        $"-- content/sv/2025/a.md --\n{Decisions.Swedish(extra: "dnro: EX/1/2025\ntopics: [environment]")}\n" +
        $"-- content/fi/2025/b.md --\n{Decision("b")}\n" +
        $"-- content/fi/2024/c.md --\n{Decision("c")}\n");

    private static string Year(string name) => name == "c" ? "2024" : "2025";

    private static string Decision(string name, string? title = null, string? date = null, string? body = null, string? extra = null, string? text = null) => name switch
    {
        "a" => Decisions.Finnish(title: title ?? "Koulun katon korjaus", date: date ?? "2025-03-14", body: body ?? "kaupunginhallitus", extra: extra ?? "dnro: EX/1/2025\ntopics: [environment]\naliases: [fi/vanha/]", text: text ?? "Alkuperäinen teksti. " + LinkToB),
        "b" => Decisions.Finnish(title: title ?? "Katon korjauksen jatko", date: date ?? "2025-06-02", body: body ?? "kaupunginhallitus", extra: extra ?? "dnro: EX/1/2025\ntopics: [environment]", text: text ?? "Toinen päätös."),
        _ => Decisions.Finnish(title: title ?? "Vanha päätös", date: date ?? "2024-05-05", body: body ?? "kaupunginvaltuusto", extra: extra ?? "", text: text ?? "Vanha päätös."),
    } + "\n";

    private static (BuildCache Cache, BuildResult Result) Serve(TestSite site)
    {
        var cache = new BuildCache();
        var result = BuildPipeline.Run(Options(site), publish: false, cache);
        Assert.NotNull(result.Site);
        return (cache, result);
    }

    private static BuildResult Edit(TestSite site, BuildCache cache, string name, string text)
    {
        var path = Path.Combine(site.Root, "content", "fi", Year(name), name + ".md");
        var stamp = File.GetLastWriteTimeUtc(path);
        site.Write(Path.GetRelativePath(site.Root, path), text);
        File.SetLastWriteTimeUtc(path, stamp.AddSeconds(5));
        cache.ParsedFiles.Changed([path]);
        return BuildPipeline.Run(Options(site), publish: false, cache);
    }

    private static BuildOptions Options(TestSite site) => new(site.ConfigPath, BuildDate: new DateOnly(2025, 11, 1));

    private static void AssertSameAsOneOff(TestSite site, BuildResult served)
    {
        var oneOff = BuildPipeline.Run(Options(site), publish: false);
        Assert.Equal(oneOff.Diagnostics.Select(d => d.ToString()), served.Diagnostics.Select(d => d.ToString()));
        Assert.True(served.Succeeded, string.Join('\n', served.Diagnostics));
        var want = oneOff.Files!.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var have = served.Files!.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), have.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(want.Keys, k => !want[k].AsSpan().SequenceEqual(have[k]));
    }

    // Every object the model holds, through fields, lists and dictionaries (by reference).
    private static HashSet<object> Reachable(SiteModel model)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<object>([model]);
        while (stack.TryPop(out var value))
        {
            if (value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                continue;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        stack.Push(item);
                    }
                }
            }

            var type = value.GetType();
            if (type.Namespace?.StartsWith("DecisionsPortal", StringComparison.Ordinal) == true || type.IsGenericType)
            {
                for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
                {
                    foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (!field.FieldType.IsPointer && field.GetValue(value) is { } inner)
                        {
                            stack.Push(inner);
                        }
                    }
                }
            }
        }

        return seen;
    }
}
