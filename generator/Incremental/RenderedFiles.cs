using System.Runtime.InteropServices;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Incremental;

/// <summary>
/// What serve's last good build made, by path: the fingerprint of the file's inputs (null when
/// its producer gives none) and of its bytes as written. Changed only between builds (serve builds
/// one at a time); while a build renders, its threads only read entries and mark the ones the
/// build makes again (<see cref="Mark"/>), so that what is left unmarked at the end is stale
/// without a second set of 80,000 paths.
/// </summary>
public sealed class RenderedFiles
{
    private readonly Dictionary<string, Slot> entries = new(StringComparer.Ordinal);

    // The build marks carry; starts above a new slot's 0, so a file added by the last build is unmarked.
    private int build = 1;

    public bool TryGet(string path, out Entry entry)
    {
        var found = entries.TryGetValue(path, out var slot);
        entry = slot?.Entry!;
        return found;
    }

    public void Set(string path, Entry entry)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, path, out _);
        slot ??= new Slot { Entry = entry };
        slot.Entry = entry;
    }

    public void Remove(string path) => entries.Remove(path);

    /// <summary>Forgets every file's inputs (site.yml changed, for one): each is made again, and still written only if its bytes changed.</summary>
    public void ForgetInputs()
    {
        foreach (var slot in entries.Values)
        {
            slot.Entry = slot.Entry with { Inputs = null };
        }
    }

    /// <summary>Marks a known file as made by the current build and gives its entry; false for a file the last build did not make. Thread-safe during a build.</summary>
    internal bool Mark(string path, out Entry entry)
    {
        if (entries.TryGetValue(path, out var slot))
        {
            slot.Build = build;
            entry = slot.Entry;
            return true;
        }

        entry = null!;
        return false;
    }

    internal bool IsMarked(string path) => entries.TryGetValue(path, out var slot) && slot.Build == build;

    /// <summary>The known files the current build made (marked).</summary>
    internal IEnumerable<string> Marked() => entries.Where(e => e.Value.Build == build).Select(e => e.Key);

    /// <summary>The known files the current build did not make: stale, once it succeeded.</summary>
    internal List<string> Unmarked() => entries.Where(e => e.Value.Build != build).Select(e => e.Key).ToList();

    /// <summary>Ends the current build's marks (after it succeeded or failed).</summary>
    internal void NextBuild() => build++;

    public sealed record Entry(Fingerprint? Inputs, Fingerprint Bytes);

    private sealed class Slot
    {
        public required Entry Entry { get; set; }

        public int Build { get; set; }
    }
}
