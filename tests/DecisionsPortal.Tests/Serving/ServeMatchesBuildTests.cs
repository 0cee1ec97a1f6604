using System.Globalization;
using System.Text.RegularExpressions;
using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;
using Xunit.Abstractions;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve rebuilds after every save, reusing what its cache kept (parses, links, fingerprints,
/// search analyses, the patched search index, open-data records). Whatever an editor does, the
/// site serve shows must be the site a clean <c>build</c> writes. One serve session over a
/// 300-decision corpus of Finnish decisions and their Swedish translations goes through random
/// sequences of saves (body, title, date, organ, topics, case number, personal-data marks, a PDF attachment, a new,
/// deleted or renamed file, site.yml, the layout); after each save serve rebuilds, and at the end
/// of each sequence its folder is compared byte for byte with a clean build of the same files.
/// The 100 sequences run in four parts of 25, each with a seed and a session of its own, as four
/// classes (four xunit collections) that run side by side: as one test they were the run's
/// longest chain, 185 s of one core with the other idle at the end (a trx of the whole suite).
/// </summary>
public abstract class ServeMatchesBuildTests(ITestOutputHelper output, int part)
{
    private const int Parts = 4;

    public sealed class First(ITestOutputHelper output) : ServeMatchesBuildTests(output, 0);

    public sealed class Second(ITestOutputHelper output) : ServeMatchesBuildTests(output, 1);

    public sealed class Third(ITestOutputHelper output) : ServeMatchesBuildTests(output, 2);

    public sealed class Fourth(ITestOutputHelper output) : ServeMatchesBuildTests(output, 3);

    private static readonly string[] Organs = ["kaupunginhallitus", "kaupunginvaltuusto", "tekninen-lautakunta"];
    private static readonly string[] Topics = ["international", "environment", "schools"];

    // Words of the corpus, compounds of them and words new to it: what moves the search index's
    // vocabulary, compound parts and base-form classes, and so whether serve may patch it.
    private static readonly string[] FinnishWords =
    [
        "koulu", "koulun", "kouluissa", "katu", "kadun", "kirjasto", "kirjastokatu", "koulukirjasto", "ympäristö", "ympäristölautakunta",
        "hankinta", "hankintasopimus", "päätös", "päätöksen", "satamasilta", "uimahalli", "uimahallin", "leikkipuisto", "avustus", "avustuksen",
    ];

    private static readonly string[] SwedishWords =
    [
        "skola", "skolan", "gata", "gatan", "bibliotek", "biblioteket", "skolbibliotek", "miljö", "miljönämnden", "avtal",
        "upphandlingsavtal", "beslut", "beslutet", "hamnbro", "simhall", "simhallen", "lekpark", "bidrag", "bidraget", "invånarna",
    ];

    private static readonly string[] Marked = ["[[Maija Meikäläinen]]{.personal}", "[[Åsa Östman]]{.personal}", "[[Pekka Päätös]]{.personal}"];

    [Fact]
    public void After_any_sequence_of_saves_serve_shows_exactly_what_a_clean_build_writes()
    {
        // DP_SERVE_SEED and DP_SERVE_SEQUENCES for a longer run, shared by the parts (part p takes
        // seed + p); a failure names its part's seed, which DP_SERVE_SEED gives the first part.
        var seed = (int.TryParse(Environment.GetEnvironmentVariable("DP_SERVE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 2026) + part;
        var total = int.TryParse(Environment.GetEnvironmentVariable("DP_SERVE_SEQUENCES"), CultureInfo.InvariantCulture, out var n) ? n : 100;
        var sequences = (total + Parts - 1) / Parts;
        var random = new Random(seed);
        using var site = new TestSite();
        CorpusGenerator.Write(site, 160);
        var editor = new Editor(site);
        var options = new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/");
        using var served = new TempFolder();
        var rebuilder = new SiteRebuilder(options, served.Path);
        Assert.True(rebuilder.Rebuild().Status.Ok);

        var serving = new System.Diagnostics.Stopwatch();
        var building = new System.Diagnostics.Stopwatch();
        var rebuilds = 0;
        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var saves = new List<string>();
            for (var save = random.Next(1, 3); save > 0; save--)
            {
                var (what, changed) = editor.Save(random);
                saves.Add(what);
                serving.Start();
                var (status, result) = rebuilder.Rebuild(changed);
                serving.Stop();
                rebuilds++;
                Assert.True(status.Ok, $"seed {seed}, sequence {sequence}, after {string.Join("; ", saves)}:\n{string.Join('\n', result.Diagnostics)}");
            }

            building.Start();
            var built = CleanBuild(options);
            building.Stop();
            AssertSameFiles(built, served.Path, $"seed {seed}, sequence {sequence}, after {string.Join("; ", saves)}");
        }

        output.WriteLine($"seed {seed}, {sequences} sequences: {rebuilds} serve rebuilds in {serving.Elapsed.TotalSeconds:F1} s, {sequences} clean builds in {building.Elapsed.TotalSeconds:F1} s");
    }

    // A clean build's files.
    private static IReadOnlyList<DecisionsPortal.Output.OutputFile> CleanBuild(BuildOptions options)
    {
        var result = DecisionsPortal.Pipeline.BuildPipeline.Check(options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!;
    }

    // Each file of the clean build against serve's, its pages with serve's reload script (the one
    // difference serve adds), one file at a time: two copies of the whole site held at once made
    // every collection of the test process copy them. Serve's folder may hold nothing more, not
    // even an empty folder (a clean build writes none).
    private static void AssertSameFiles(IReadOnlyList<DecisionsPortal.Output.OutputFile> built, string served, string when)
    {
        var missing = new List<string>();
        var stale = new List<string>();
        foreach (var file in built)
        {
            var path = Path.Combine(served, file.Path);
            if (!File.Exists(path))
            {
                missing.Add(file.Path);
            }
            else if (!(file.Path.EndsWith(".html", StringComparison.Ordinal) ? ReloadScript.Inject(file.Content) : file.Content).AsSpan().SequenceEqual(File.ReadAllBytes(path)))
            {
                stale.Add(file.Path);
            }
        }

        var paths = built.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var extra = Directory.EnumerateFiles(served, "*", SearchOption.AllDirectories).Select(f => Relative(served, f))
            .Concat(Directory.EnumerateDirectories(served, "*", SearchOption.AllDirectories).Where(d => !Directory.EnumerateFileSystemEntries(d).Any()).Select(d => Relative(served, d) + "/"))
            .Where(p => !paths.Contains(p)).ToList();
        Assert.True(missing.Count + extra.Count + stale.Count == 0,
            $"{when}: serve lacks {List(missing)}; has extra {List(extra)}; has stale {List(stale)}");
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string List(List<string> paths) => string.Join(", ", paths.Order(StringComparer.Ordinal).Take(10));

    /// <summary>Saves as an editor makes them, each with a modification time of its own (the parse cache keys on it).</summary>
    private sealed class Editor(TestSite site)
    {
        private DateTime clock = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private int added;

        public (string What, HashSet<string> Changed) Save(Random random)
        {
            var files = Directory.GetFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            var path = files[random.Next(files.Count)];
            var swedish = path.Contains($"{Path.DirectorySeparatorChar}sv{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            var words = swedish ? SwedishWords : FinnishWords;
            var text = File.ReadAllText(path);
            var name = Path.GetRelativePath(site.Root, path);
            var kind = random.Next(40);
            switch (kind)
            {
                case < 8:
                    return ($"body of {name}", Put(path, Body(text, $"{Sentence(random, words)}\n\n{Sentence(random, words)}\n")));
                case < 12:
                    return ($"words added to {name}", Put(path, text + $"\n{Sentence(random, words)} uusi{random.Next(1000)}sana.\n"));
                case < 15:
                    return ($"title of {name}", Put(path, Field(text, "title", $"\"{Sentence(random, words)}\"")));
                case < 18:
                    var date = new DateOnly(2021, 1, 1).AddDays(random.Next(5 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return ($"date of {name} to {date}", Put(path, Field(text, "date", date)));
                case < 20:
                    return ($"organ of {name}", Put(path, Field(text, "body", Organs[random.Next(Organs.Length)])));
                case < 22:
                    return ($"topics of {name}", Put(path, Field(text, "topics", $"[{string.Join(", ", Topics.Where(_ => random.Next(2) == 0))}]")));
                case < 24:
                    var dnro = random.Next(3) == 0 ? "" : $"ESIM/{random.Next(4)}/00.01/2024";
                    return ($"case number of {name} to '{dnro}'", Put(path, Field(text, "dnro", dnro)));
                case < 27:
                    var marked = text.Contains("{.personal}", StringComparison.Ordinal) && random.Next(2) == 0
                        ? Regex.Replace(text, @"\[\[([^\]]+)\]\]\{\.personal\}", "$1")
                        : text + $"\nAsiassa kuultiin {Marked[random.Next(Marked.Length)]}.\n";
                    return ($"personal marks of {name}", Put(path, marked));
                case < 30:
                    return ($"new decision", New(random));
                case < 33 when files.Count > 200:
                    File.Delete(path);
                    return ($"{name} deleted", [path]);
                case < 36:
                    var renamed = Path.Combine(Path.GetDirectoryName(path)!, $"uusi-nimi-{added++:D3}.md");
                    File.Move(path, renamed);
                    Touch(renamed);
                    return ($"{name} renamed", [path, renamed]);
                case < 38:
                    var config = Path.Combine(site.Root, "site.yml");
                    return ("site.yml", Put(config, Regex.Replace(File.ReadAllText(config), @"page_size: \d+", $"page_size: {3 + random.Next(5)}")));
                case < 39:
                    // A PDF attachment given, or rewritten beside an unchanged decision: its words are searchable.
                    var file = Path.GetFileNameWithoutExtension(path) + "-liite.pdf";
                    var pdf = Path.Combine(Path.GetDirectoryName(path)!, file);
                    File.WriteAllBytes(pdf, TestPdf.Of(Sentence(random, words), $"liite{random.Next(1000)}sana {Sentence(random, words)}"));
                    Touch(pdf);
                    return text.Contains(file, StringComparison.Ordinal)
                        ? ($"attachment of {name} rewritten", [pdf])
                        : ($"attachment given to {name}", [pdf, .. Put(path, Field(text, "attachments", $"[{{ title: Liite, file: {file} }}]"))]);
                default:
                    var layout = Path.Combine(site.Root, "templates", "layouts", "base.html");
                    return ("the layout", Put(layout, File.ReadAllText(layout) + $"<!-- {random.Next(1000)} -->\n"));
            }
        }

        private HashSet<string> New(Random random)
        {
            var slug = $"lisatty-{added++:D3}";
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(5 * 365));
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var organ = Organs[random.Next(Organs.Length)];
            var changed = Put(Path.Combine(site.Root, "content", "fi", year, slug + ".md"),
                Decisions.Finnish(title: $"Uusi päätös {slug}", date: iso, body: organ, text: Sentence(random, FinnishWords)));
            if (random.Next(2) == 0)
            {
                changed.UnionWith(Put(Path.Combine(site.Root, "content", "sv", year, slug + ".md"),
                    Decisions.Swedish(title: $"Nytt beslut {slug}", date: iso, body: organ, text: Sentence(random, SwedishWords))));
            }

            return changed;
        }

        private HashSet<string> Put(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            Touch(path);
            return [path];
        }

        private void Touch(string path)
        {
            clock = clock.AddSeconds(1);
            File.SetLastWriteTimeUtc(path, clock);
        }

        private static string Sentence(Random random, string[] words) =>
            string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => words[random.Next(words.Length)])) + ".";

        // The Markdown after the front matter replaced.
        private static string Body(string text, string body)
        {
            var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            return text[..(close + 5)] + body;
        }

        // A front-matter field set (added when missing, removed when the value is empty).
        private static string Field(string text, string field, string value)
        {
            var line = new Regex($"^{field}:.*\\n", RegexOptions.Multiline);
            var match = line.Match(text[..text.IndexOf("\n---\n", 4, StringComparison.Ordinal)]);
            var replacement = value.Length == 0 ? "" : $"{field}: {value}\n";
            return match.Success ? text[..match.Index] + replacement + text[(match.Index + match.Length)..]
                : value.Length == 0 ? text : text[..4] + replacement + text[4..];
        }
    }
}
