using System.Collections.Concurrent;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Remembers what each decision file parsed to, keyed by its path, modification time and size,
/// so that a rebuild (in <c>serve</c>) reads only the files that changed. The parse of a file
/// depends on site.yml too (organ and topic ids): whoever owns the cache clears it when site.yml changes.
/// </summary>
public sealed class ParsedFileCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int parsed;

    /// <summary>How many files the last load had to parse (the rest came from the cache).</summary>
    public int LastParsed { get; private set; }

    public void Clear() => entries.Clear();

    /// <summary>
    /// Forgets the files of a folder: a decision's parse also checked the attachments beside it,
    /// so a changed, added or deleted attachment must make its decisions be read again.
    /// </summary>
    public void ForgetFolder(string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var path in entries.Keys.Where(p => string.Equals(Path.GetDirectoryName(p), full, StringComparison.Ordinal)).ToList())
        {
            entries.TryRemove(path, out _);
        }
    }

    internal void BeginLoad() => parsed = 0;

    internal void EndLoad() => LastParsed = parsed;

    internal Decision? GetOrParse(string path, DiagnosticBag diagnostics, Func<DiagnosticBag, Decision?> parse)
    {
        var info = new FileInfo(path);
        var stamp = (info.Exists ? info.LastWriteTimeUtc : default, info.Exists ? info.Length : -1);
        if (!entries.TryGetValue(path, out var entry) || entry.Stamp != stamp)
        {
            Interlocked.Increment(ref parsed);
            var local = new DiagnosticBag();
            entry = new Entry(stamp, parse(local), local.ToSortedList());
            entries[path] = entry;
        }

        // A cached file's warnings are still the file's warnings: report them on every build.
        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return entry.Decision;
    }

    /// <summary>Forgets files that no longer exist, so a long session does not hold every file ever seen.</summary>
    internal void Retain(IReadOnlySet<string> paths)
    {
        foreach (var path in entries.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            entries.TryRemove(path, out _);
        }
    }

    private sealed record Entry((DateTime Modified, long Size) Stamp, Decision? Decision, IReadOnlyList<Diagnostic> Diagnostics);
}
