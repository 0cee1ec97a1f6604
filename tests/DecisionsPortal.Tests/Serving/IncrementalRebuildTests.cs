using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve renders only the files whose inputs changed. That is only safe if the fingerprints miss
/// nothing, so random edits (text, title, date, a date in another year, organ, topics, case number, adding and removing a
/// decision or a translation, words new to the corpus or compound parts of others, the layout, site.yml) are applied one after another, and after each one serve's folder
/// must be byte for byte what a one-off build of the same content writes (with serve's reload script in pages).
/// </summary>
public sealed class IncrementalRebuildTests
{
    private const int Slots = 5;

    private static readonly string[] Organs = ["kaupunginhallitus", "kaupunginvaltuusto", "tekninen-lautakunta"];
    private static readonly string[] Topics = ["international", "environment", "schools"];
    private static readonly string[] Words = ["katto", "koulu", "silta", "puisto", "kirjasto", "tie", "satama"];

    // Compounds of the words above, and heads and tails of those compounds: words entering and
    // leaving the corpus that change (or do not change) how other words split into compound parts.
    private static readonly string[] Compounds = ["kirjastokatto", "kattokirjasto", "satamasilta", "astokatto", "kirjastokat", "puistokirjasto", "kirjastosatama", "masilta", "kattokirj"];

    // Long texts, so that a few words more or less seldom move the average length the search index
    // is scored with (which makes serve build its index anew rather than patch it).
    private static readonly string Filler = string.Concat(Enumerable.Repeat("Alkuperäinen teksti kokouksessa. ", 60));

    [Fact]
    public void After_any_edits_the_incremental_rebuild_writes_exactly_what_a_fresh_build_writes()
    {
        var edits = Gen.Select(Gen.Int[0, Slots - 1], Gen.Int[0, 13], Gen.Int[0, 999]).Array[1, 5];
        edits.Sample(sequence =>
        {
            using var site = new TestSite();
            var slots = Enumerable.Range(0, Slots).Select(i => new Slot($"d{i}", i < 3, $"Päätös {i}", i + 1, Organs[i % 3], [], $"{Filler}{Compounds[i]}.", i % 2 == 0, null, 2025)).ToArray();
            var clock = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            Write(site, slots, ref clock);
            var options = new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/");
            var served = Path.Combine(site.Root, "served");
            var rebuilder = new SiteRebuilder(options, served);
            Assert.True(rebuilder.Rebuild().Status.Ok);

            foreach (var (slot, kind, value) in sequence)
            {
                var changed = kind switch
                {
                    9 => SiteWide(site, Path.Combine("templates", "layouts", "base.html"), text => text + $"<!-- {value} -->\n", ref clock),
                    10 => SiteWide(site, "site.yml", text => Regex.Replace(text, @"page_size: \d+", $"page_size: {2 + (value % 4)}"), ref clock),
                    _ => [],
                };
                slots[slot] = Edit(slots[slot], kind, value);
                changed.UnionWith(Write(site, slots, ref clock));
                var (status, result) = rebuilder.Rebuild(changed);
                Assert.True(status.Ok, string.Join('\n', result.Diagnostics));

                AssertSameTree(OneOffBuild(options), Read(served), $"after {kind} of {slots[slot].Name}");
            }
        }, iter: 8, threads: 1);
    }

    // What each kind of edit does to one decision (and its translation, which follows its dates).
    private static Slot Edit(Slot slot, int kind, int value) => kind switch
    {
        0 => slot with { Text = $"Teksti {Words[value % Words.Length]} {value}." },
        1 => slot with { Title = $"Otsikko {Words[value % Words.Length]} {value}" },
        2 => slot with { Day = 1 + (value % 28) },
        3 => slot with { Organ = Organs[value % Organs.Length] },
        4 => slot with { Topics = Topics.Where((_, i) => (value >> i & 1) == 1).ToArray() },
        5 => slot with { Exists = !slot.Exists },
        6 => slot with { Swedish = !slot.Swedish },
        7 => slot with { Dnro = value % 3 == 0 ? null : $"EX/{value % 3}/2025" },
        8 => slot with { Text = slot.Text + $"\n\nLisäys {value}." },
        11 => slot with { Year = slot.Year == 2025 ? 2024 : 2025 },
        12 => slot with { Text = $"{Filler}{Compounds[value % Compounds.Length]} uudissana{value}." },
        13 => slot with { Text = slot.Text + $" {Compounds[value % Compounds.Length]}." },
        _ => slot,
    };

    private static HashSet<string> Write(TestSite site, Slot[] slots, ref DateTime clock)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            var extra = (slot.Topics.Length > 0 ? $"topics: [{string.Join(", ", slot.Topics)}]\n" : "") + (slot.Dnro is null ? "" : $"dnro: {slot.Dnro}\n");
            var date = new DateOnly(slot.Year, 1, 1).AddDays(slot.Day * 11).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Put(Path.Combine(site.Root, "content", "fi", "2025", slot.Name + ".md"), slot.Exists ? Decisions.Finnish(title: slot.Title, date: date, body: slot.Organ, extra: extra, text: slot.Text) : null, changed, ref clock);
            Put(Path.Combine(site.Root, "content", "sv", "2025", slot.Name + ".md"), slot.Exists && slot.Swedish ? Decisions.Swedish(title: "Beslut " + slot.Title, date: date, body: slot.Organ, extra: extra) : null, changed, ref clock);
        }

        return changed;
    }

    // A change that every page depends on: the layout, or site.yml (serve then starts afresh).
    private static HashSet<string> SiteWide(TestSite site, string relative, Func<string, string> edit, ref DateTime clock)
    {
        var path = Path.Combine(site.Root, relative);
        Put(path, edit(File.ReadAllText(path)), [], ref clock);
        return [path];
    }

    // Each write gets its own modification time, as an editor's saves do (the parse cache keys on it).
    private static void Put(string path, string? text, HashSet<string> changed, ref DateTime clock)
    {
        var old = File.Exists(path) ? File.ReadAllText(path) : null;
        if (old == text)
        {
            return;
        }

        changed.Add(path);
        if (text is null)
        {
            File.Delete(path);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        clock = clock.AddSeconds(1);
        File.SetLastWriteTimeUtc(path, clock);
    }

    // The files of a build without any cache (as `build` makes them), pages with serve's reload
    // script: serve's caches (parses, fingerprints, records, the patched search index) must
    // change nothing in the bytes.
    private static Dictionary<string, byte[]> OneOffBuild(BuildOptions options)
    {
        var result = DecisionsPortal.Pipeline.BuildPipeline.Run(options, publish: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!.ToDictionary(f => f.Path, f => f.Path.EndsWith(".html", StringComparison.Ordinal) ? ReloadScript.Inject(f.Content) : f.Content, StringComparer.Ordinal);
    }

    private static Dictionary<string, byte[]> Read(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameTree(Dictionary<string, byte[]> want, Dictionary<string, byte[]> have, string what)
    {
        Assert.True(want.Keys.Order(StringComparer.Ordinal).SequenceEqual(have.Keys.Order(StringComparer.Ordinal)),
            $"{what}: missing {string.Join(", ", want.Keys.Except(have.Keys))}; extra {string.Join(", ", have.Keys.Except(want.Keys))}");
        var differing = want.Keys.Where(k => !want[k].AsSpan().SequenceEqual(have[k])).ToList();
        Assert.True(differing.Count == 0, $"{what}: stale {string.Join(", ", differing)}");
    }

    private sealed record Slot(string Name, bool Exists, string Title, int Day, string Organ, string[] Topics, string Text, bool Swedish, string? Dnro, int Year);
}
