using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Remembers what each decision file parsed to, keyed by its path, modification time and size
/// and those of the attachment files the parse looked for beside it (a deleted, added or replaced
/// attachment changes what the parse reports and records), so that a rebuild (in <c>serve</c>)
/// reads only the files that changed. The parse of a file depends on site.yml too (organ and
/// topic ids): whoever owns the cache clears it when site.yml changes.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    // The entries that report something, so that a load that reads only the edited files reports the others' warnings without a walk over all of them.
    private readonly ConcurrentDictionary<string, Entry> reporting = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int parsed;

    // The files of the last load and what its search for them reported, and the paths said to
    // have changed since (null: nothing said, so the next load looks at every file again).
    private Listing? lastListing;
    private HashSet<string>? changedSince;

    // What the last load gave each file of the last listing, by its place there.
    private Decision?[]? lastLoad;

    /// <summary>How many files the last load had to parse (the rest came from the cache).</summary>
    public int LastParsed { get; private set; }

    /// <summary>How many files the last load looked at on disk (all of them, or only those said to have changed).</summary>
    public int LastChecked { get; private set; }

    /// <summary>
    /// Whether the last load took the watcher's word that only decision files it had read changed
    /// since the load before: then no other file under the content folder did (an attachment that
    /// changed makes the load look at everything).
    /// </summary>
    public bool LastLoadTrusted { get; private set; }

    /// <summary>
    /// Whether parses are kept for the next load: serve's are; a one-off build has no next load,
    /// and looking up each file's and its attachments' times and sizes to key them was
    /// thousands of system calls for nothing.
    /// </summary>
    public bool Keeps { get; set; } = true;

    public void Clear()
    {
        entries.Clear();
        reporting.Clear();
        Listed(null);
    }

    /// <summary>
    /// Tells the cache which paths changed since the last load (serve's file watcher knows), so
    /// that the next load need not list the folders and look at every file's time and size.
    /// Only edits of files the last load read are taken on trust; any other path under the
    /// content folder (a new, deleted or renamed file) makes the next load look at everything.
    /// </summary>
    public void Changed(IEnumerable<string> paths)
    {
        lock (gate)
        {
            if (lastListing is not null)
            {
                changedSince ??= new HashSet<string>(StringComparer.Ordinal);
                changedSince.UnionWith(paths.Select(Path.GetFullPath));
            }
        }
    }

    /// <summary>
    /// The files of the last load, when every change since was an edit of one of them (and the
    /// files that changed); null when the folders must be listed again.
    /// </summary>
    internal (Listing Listing, IReadOnlySet<string> Changed)? Unchanged(string contentDirectory)
    {
        lock (gate)
        {
            var (listing, changed) = (lastListing, changedSince);
            changedSince = null;
            if (listing is null || changed is null)
            {
                return null;
            }

            var content = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var relevant = changed.Where(p => p.StartsWith(content, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            return relevant.All(p => listing.Places.ContainsKey(p) && File.Exists(p)) ? (listing, relevant) : null;
        }
    }

    internal void Listed(Listing? listing)
    {
        lock (gate)
        {
            lastListing = listing;
            changedSince = null;
            lastLoad = null;
        }
    }

    /// <summary>What the last load of the last listing gave each of its files, by place (null before one, and in a one-off build).</summary>
    internal Decision?[]? LastLoad => lastLoad;

    /// <summary>A load of the last listing ended: what it gave each file, kept for the next one when parses are kept.</summary>
    internal void Loaded(Decision?[] decisions) => lastLoad = Keeps ? decisions : null;

    /// <summary>What the files other than <paramref name="changed"/> (full paths) reported when they were parsed: a file's warnings are reported on every build.</summary>
    internal void ReportKept(DiagnosticBag diagnostics, IReadOnlySet<string> changed)
    {
        foreach (var (path, entry) in reporting)
        {
            if (!changed.Contains(Path.GetFullPath(path)))
            {
                diagnostics.AddRange(entry.Diagnostics);
            }
        }
    }

    internal void BeginLoad() => parsed = 0;

    internal void EndLoad(int checkedFiles, bool trusted)
    {
        LastParsed = parsed;
        LastChecked = checkedFiles;
        LastLoadTrusted = trusted;
    }

    internal Decision? GetOrParse(string path, DiagnosticBag diagnostics, Func<DiagnosticBag, Decision?> parse)
    {
        if (!Keeps)
        {
            Interlocked.Increment(ref parsed);
            var own = new DiagnosticBag();
            var once = parse(own);
            diagnostics.AddRange(own.ToSortedList());
            return once;
        }

        var stamp = Stamp.Of(path);
        if (!entries.TryGetValue(path, out var entry) || entry.Stamp != stamp || entry.Beside.Any(b => Stamp.Of(b.Path) != b.Stamp))
        {
            Interlocked.Increment(ref parsed);
            var local = new DiagnosticBag();
            var decision = parse(local);
            var beside = decision is null ? [] : AttachmentCheck.Candidates(decision).Select(p => (p, Stamp.Of(p))).ToList();
            entry = new Entry(stamp, beside, decision, local.ToSortedList());
            entries[path] = entry;
            if (entry.Diagnostics.Count > 0)
            {
                reporting[path] = entry;
            }
            else
            {
                reporting.TryRemove(path, out _);
            }
        }

        // A cached file's warnings are still the file's warnings: report them on every build.
        // Most files have nothing to report: no turn at the bag's lock, which the load's other thread wants too.
        if (entry.Diagnostics.Count > 0)
        {
            diagnostics.AddRange(entry.Diagnostics);
        }

        return entry.Decision;
    }

    /// <summary>Forgets files that no longer exist, so a long session does not hold every file ever seen.</summary>
    internal void Retain(IReadOnlySet<string> paths)
    {
        foreach (var path in entries.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            entries.TryRemove(path, out _);
            reporting.TryRemove(path, out _);
        }
    }

    /// <summary>The decision files a load found (by language), the place of each by its full path, and the warnings about stray files.</summary>
    internal sealed record Listing(IReadOnlyList<(string Language, string Path)> Files, IReadOnlyDictionary<string, int> Places, IReadOnlyList<Diagnostic> Stray);

    private sealed record Entry(Stamp Stamp, IReadOnlyList<(string Path, Stamp Stamp)> Beside, Decision? Decision, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly record struct Stamp(DateTime Modified, long Size)
    {
        public static Stamp Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new Stamp(info.LastWriteTimeUtc, info.Length) : new Stamp(default, -1);
        }
    }
}
