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

    private static readonly List<string> Folders = [];
    private static readonly Dictionary<string, Lazy<BuiltSite>> Sites = new(StringComparer.Ordinal)
    {
        ["shipped"] = Lazy(() => Shipped("shipped", null)),
        ["shipped-under-sub-path"] = Lazy(() => Shipped("shipped-under-sub-path", SubPathBase)),
        ["corpus"] = Lazy(() => Corpus("corpus", null)),
        ["corpus-under-sub-path"] = Lazy(() => Corpus("corpus-under-sub-path", SubPathBase)),
        ["hostile"] = Lazy(Hostile),
    };

    static QualitySites() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();

    public static IEnumerable<string> Names => Sites.Keys;

    /// <summary>The names as xunit theory data.</summary>
    public static TheoryData<string> Each => new(Sites.Keys);

    public static BuiltSite Get(string name) => Sites[name].Value;

    public static IEnumerable<BuiltSite> All => Sites.Values.Select(s => s.Value);

    private static Lazy<BuiltSite> Lazy(Func<BuiltSite> build) => new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    private static BuiltSite Shipped(string name, string? baseUrl)
    {
        var output = NewFolder(name);
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(Repository.Root, "site.yml"), output, BaseUrl: baseUrl));
        return Built(name, output, result);
    }

    private static BuiltSite Corpus(string name, string? baseUrl)
    {
        var site = KeepUntilExit(new TestSite());
        CorpusGenerator.Write(site, 30);
        return Built(name, site.Output, site.Build(baseUrl: baseUrl));
    }

    private static BuiltSite Hostile()
    {
        var site = KeepUntilExit(new TestSite(HostileContent.Site));
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

    private static string NewFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dp-quality-{name}-{Guid.NewGuid():N}");
        lock (Folders)
        {
            Folders.Add(folder);
        }

        return folder;
    }

    private static TestSite KeepUntilExit(TestSite site)
    {
        lock (Folders)
        {
            Folders.Add(site.Root);
        }

        return site;
    }

    private static void DeleteAll()
    {
        lock (Folders)
        {
            foreach (var folder in Folders.Where(Directory.Exists))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // A leftover temp folder is harmless.
                }
            }
        }
    }
}
