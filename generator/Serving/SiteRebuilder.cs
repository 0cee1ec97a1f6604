using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Serving;

/// <summary>
/// One build after another into serve's folder. What is incremental: files whose path, time and
/// size are unchanged are not parsed again (<see cref="ParsedFileCache"/>; a change of site.yml
/// empties the cache, a change of an attachment forgets the decisions beside it), files whose
/// inputs have the fingerprint they had in the last good build are not rendered again
/// (<see cref="Incremental.Fingerprints"/>), and only files whose bytes changed are
/// written (<see cref="StagingFolder"/>, over the previous output kept in memory). A failed build writes nothing, so the last good
/// site keeps being served.
/// </summary>
public sealed class SiteRebuilder
{
    private static readonly MessageText FailedHeadline = "The site has errors, so the last good version is shown. Fix them and save:";

    private static readonly MessageText NothingBuiltHeadline = "The site has errors, and nothing has been built yet. Fix them and save:";

    private const string WarningsHeadline = "Warnings: {0}. The site is built and shown; check these:";

    private readonly BuildOptions options;
    private readonly BuildCache cache = new();
    private readonly string folder;
    // What serve adds to each page: its reload script and draft notice.
    private readonly Func<string, byte[], byte[]> additions;
    private readonly Lock gate = new();
    private readonly string configPath;
    private readonly string? language;
    private int version;
    private int good;
    // The version whose files but the search index's are served (ServeStatus.Pages).
    private int pages;
    // The day number (plus one; 0 before any) of the last build that read its configuration: read
    // by every request without the gate, which a build holds for seconds.
    private int builtFor;

    /// <param name="language">serve's --lang; without it, site.yml's editor_language, read again at every build.</param>
    public SiteRebuilder(BuildOptions options, string folder, string? language = null)
    {
        this.options = options;
        this.language = language;
        configPath = Path.GetFullPath(options.ConfigPath);
        var drafts = new DraftBanner(() => cache.Model.Last);
        this.folder = folder;
        additions = (path, page) => ReloadScript.Inject(drafts.Inject(path, page));
    }

    /// <summary>
    /// Collects the heap now and leaves a no-GC region open for the next rebuild (see <see cref="QuietHeap"/>),
    /// unless a rebuild is running. serve calls it when the editor has the new page, so the collection is
    /// not between a save and its page.
    /// </summary>
    public void PrepareHeap()
    {
        if (!gate.TryEnter())
        {
            return;
        }

        try
        {
            QuietHeap.Prepare();
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>
    /// Runs an edit's rebuild once on the unchanged site, in idle time after the first good build,
    /// so that the first real edit does not pay for compiling the code only rebuilds run (.NET
    /// compiles a method when it first runs). Every file is kept, so nothing is written, and no
    /// version is published: the site served stays as it was. The search indexes' tables that only
    /// a patch reads are made too. An edit saved meanwhile waits for it.
    /// </summary>
    public void Warm()
    {
        lock (gate)
        {
            if (good > 0)
            {
                Build(new HashSet<string>(), _ => { });
                cache.Search.PrepareEdits();
            }
        }
    }

    /// <summary>Whether a build now would be for another day than the last build that read its configuration.</summary>
    public bool NewDay() =>
        Volatile.Read(ref builtFor) is var day and > 0 && day - 1 != BuildDate.For(options, new DiagnosticBag()).DayNumber;

    /// <param name="pagesReady">
    /// Hears of the build's status as soon as every file but the search index's and the search pages'
    /// is published (<see cref="ServeStatus.Indexed"/> false), so that the editor's page does not wait
    /// for the index. The status returned, of every file, is then a version of its own, whose
    /// <see cref="ServeStatus.Pages"/> is the early one's: only a search page reloads for it.
    /// </param>
    public (ServeStatus Status, BuildResult Result) Rebuild(IReadOnlySet<string>? changed = null, Action<ServeStatus>? pagesReady = null)
    {
        lock (gate)
        {
            // Split whether or not anyone hears of it: the files are the same either way, and tests of
            // the rebuilder then run what serve runs.
            var result = Build(changed, soFar =>
            {
                // An editor told of the pages gets a version for them, and one more for the index.
                pages = version + 1;
                if (pagesReady is not null)
                {
                    version++;
                    pagesReady(Status(version, soFar) with { Indexed = false });
                }
            });
            if (result.Site?.Config.BuildDate is { } built)
            {
                Volatile.Write(ref builtFor, built.DayNumber + 1);
            }

            version++;
            return (Status(version, result), result);
        }
    }

    // The caller holds the gate.
    private ServeStatus Status(int at, BuildResult result)
    {
        var stages = (result.Stages ?? []).Select(ServeStage.Of).ToList();
        // Read from site.yml only when there is something to tell: most edits' builds have no
        // message, and this runs before the page is told of the new version.
        var catalogue = result.Diagnostics.Count == 0 ? null : EditorLanguage.Catalogue(language, configPath);
        if (result.Succeeded)
        {
            good = at;
            var warnings = result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, catalogue)).Distinct(StringComparer.Ordinal).ToList();
            var headline = warnings.Count == 0 ? "" : MessageText.Format(WarningsHeadline, warnings.Count).Render(catalogue);
            return new ServeStatus(at, good, true, headline, [], cache.ParsedFiles.LastParsed, result.FilesWritten, result.FilesRemoved, result.Rendered) { Stages = stages, Warnings = warnings, Pages = pages };
        }

        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => DiagnosticFormatter.Format(d, catalogue)).ToList();
        return new ServeStatus(at, good, false, (good > 0 ? FailedHeadline : NothingBuiltHeadline).Render(catalogue), errors, cache.ParsedFiles.LastParsed, 0, 0, result.Rendered) { Stages = stages, Pages = pages };
    }

    // The caller holds the gate.
    // Every build publishes all but the search index's files first (see BuildPipeline.Run), as an edit does.
    private BuildResult Build(IReadOnlySet<string>? changed, Action<BuildResult> published)
    {
        // No list of changes (the first build, or the watcher lost events): anything, site.yml too, may have changed.
        if (changed is null || changed.Contains(configPath))
        {
            cache.Clear();
        }

        if (changed is not null)
        {
            cache.ParsedFiles.Changed(changed);
        }

        // The region PrepareHeap left open, else a new one.
        var quiet = QuietHeap.Prepare();
        try
        {
            return BuildPipeline.Run(options, cache, published: published, serve: (folder, additions));
        }
        finally
        {
            QuietHeap.End(quiet);
        }
    }
}
