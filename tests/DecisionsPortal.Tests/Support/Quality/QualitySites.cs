using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// The sites every quality gate runs over, each built once per test run: the shipped site and
/// a generated corpus (paginated: page_size 5), each at "/" and under a sub-path, and a site
/// whose every editable text is hostile markup. The gates iterate over whole output folders,
/// so any page a new feature adds is checked without a change here.
/// </summary>
public static class QualitySites
{
    public const string SubPathBase = "https://example.fi/portal/";

    // One folder for the run's sites. The test host may end without running exit handlers, so
    // each run also sweeps the folders that earlier runs left behind.
    private static readonly string RunFolder = Path.Combine(Path.GetTempPath(), "dp-quality-" + Guid.NewGuid().ToString("N"));
    private static readonly Dictionary<string, Lazy<BuiltSite>> Sites = new(StringComparer.Ordinal)
    {
        ["shipped"] = Lazy(() => Shipped("shipped", null)),
        ["shipped-under-sub-path"] = Lazy(() => Shipped("shipped-under-sub-path", SubPathBase)),
        ["corpus"] = Lazy(() => Corpus("corpus", null)),
        ["corpus-under-sub-path"] = Lazy(() => Corpus("corpus-under-sub-path", SubPathBase)),
        ["hostile"] = Lazy(Hostile),
        ["council"] = Lazy(Council),
        ["agendas"] = Lazy(Agendas),
        ["members"] = Lazy(Members),
    };

    static QualitySites()
    {
        SweepStale();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(RunFolder);
    }

    public static IEnumerable<string> Names => Sites.Keys;

    /// <summary>The names as xunit theory data.</summary>
    public static TheoryData<string> Each => new(Sites.Keys);

    public static BuiltSite Get(string name) => Sites[name].Value;

    public static IEnumerable<BuiltSite> All => Sites.Values.Select(s => s.Value);

    private static Lazy<BuiltSite> Lazy(Func<BuiltSite> build) => new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static BuiltSite Shipped(string name, string? baseUrl)
    {
        var output = Path.Combine(RunFolder, name);
        // On a fixed day: the home page lists the meetings still to come (and its golden file must not age).
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(Repository.Root, "site.yml"), output, BaseUrl: baseUrl, BuildDate: new DateOnly(2026, 12, 4)));
        return Built(name, output, result);
    }

    private static BuiltSite Corpus(string name, string? baseUrl)
    {
        var site = new TestSite(root: Path.Combine(RunFolder, name));
        CorpusGenerator.Write(site, 30);

        // One decision with every optional part, so that the gates also see attachments, the
        // redirect page of an old address, and a votes table.
        site.Write("content/fi/2025/uusi-nimi.md", Decisions.Finnish(title: "Uudelleen nimetty päätös", extra: """
            section: 3
            dnro: EXE/1/00.01/2025
            aliases: [fi/paatokset/2024/vanha-nimi/]
            attachments: [{ title: Liite, file: liite.pdf }]
            votes: { for: 5, against: [Anna Aho], abstained: 1, absent: 0 }
            """));
        site.Write("content/fi/2025/liite.pdf", "%PDF-1.4\n");
        PhoneTown.Write(site);
        return Built(name, site.Output, site.Build(baseUrl: baseUrl));
    }

    // Cases, meetings, calendars, appeal instructions and a confidential matter.
    private static BuiltSite Council()
    {
        var site = new TestSite(CouncilTown.Files, root: Path.Combine(RunFolder, "council"));
        return Built("council", site.Output, site.BuildOn(CouncilTown.LastDay));
    }

    // An agenda before its meeting, and an amended, corrected decision with its differences.
    private static BuiltSite Agendas()
    {
        var site = new TestSite(AgendaTown.Files, root: Path.Combine(RunFolder, "agendas"));
        return Built("agendas", site.Output, site.BuildOn(AgendaTown.Today));
    }

    // A register of members: person pages with roles, votes by council group, a personal vote, a confidential one.
    private static BuiltSite Members()
    {
        var site = new TestSite(MemberTown.Files, root: Path.Combine(RunFolder, "members"));
        return Built("members", site.Output, site.BuildOn(new DateOnly(2025, 4, 1)));
    }

    private static BuiltSite Hostile()
    {
        var site = new TestSite(HostileContent.Site, root: Path.Combine(RunFolder, "hostile"));
        return Built("hostile", site.Output, site.Build());
    }

    private static BuiltSite Built(string name, string output, BuildResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"the {name} site did not build:\n{string.Join('\n', result.Diagnostics)}");
        }

        return new BuiltSite(name, output, result.Site!.Config.BaseUrl);
    }

    private static void SweepStale()
    {
        var stale = DateTime.UtcNow.AddHours(-3);
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "dp-quality-*").Where(f => Directory.GetLastWriteTimeUtc(f) < stale))
        {
            Delete(folder);
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
