using System.Buffers;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using DecisionsPortal.Shared;
using Microsoft.Win32.SafeHandles;

namespace DecisionsPortal.Output;

/// <summary>
/// The output as the last good build left it: each file with its size, time and, when known, the
/// fingerprints of its bytes and of the inputs that made them, with the folders and symbolic links
/// beside them. The writer (<see cref="StagingFolder"/>) compares every new file with it and removes
/// what the new site no longer has, in a build and in serve alike. A build reads it from disk in one
/// walk (<see cref="Read"/>), a fingerprint taken from the record of the last build
/// (<see cref="OutputRecord"/>) for a file whose size and time are still those recorded and the
/// other files read back to compare them; serve keeps it in memory from one build to the next
/// (<see cref="PreviousOutput()"/>), as no one else writes its folder. While a build renders, its
/// threads only read entries and mark the ones the build makes again, so that what is left
/// unmarked at the end is stale without a second set of 80,000 paths.
/// </summary>
public sealed class PreviousOutput
{
    private readonly Dictionary<string, Slot> files = new(StringComparer.Ordinal);

    // The build marks carry; starts above a new slot's 0, so a file added by the last build is unmarked.
    private int build = 1;
    private int read;

    /// <summary>serve's, kept in memory between its builds: entries keep their inputs' fingerprints.</summary>
    public PreviousOutput()
    {
        KeepsInputs = true;
    }

    private PreviousOutput(HashSet<string> folders)
    {
        Folders = folders;
    }

    /// <summary>Whether entries keep the fingerprint of their inputs (serve: a file whose inputs did not change is not made at all).</summary>
    public bool KeepsInputs { get; }

    /// <summary>How many old files were opened to compare them with new bytes.</summary>
    public int FilesRead => read;

    /// <summary>The folders found on disk; null when kept in memory (each path is then looked at).</summary>
    internal HashSet<string>? Folders { get; }

    /// <summary>Symbolic links (to files or folders): never made by a build, and never followed by one.</summary>
    internal List<string> Links { get; } = [];

    /// <summary>The previous output as found on disk under <paramref name="root"/>, fingerprints taken from <paramref name="record"/> where it still holds.</summary>
    internal static PreviousOutput Read(string root, Dictionary<string, Entry> record)
    {
        var previous = new PreviousOutput(new HashSet<string>(StringComparer.Ordinal));
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, Kind Kind, long Length, long Modified)>(root, Walked, options)
        {
            // A link to a folder is one entry of its own: what it leads to is not ours.
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, kind, length, modified) in entries)
        {
            switch (kind)
            {
                case Kind.Link:
                    previous.Links.Add(path);
                    break;
                case Kind.Folder:
                    previous.Folders!.Add(path);
                    break;
                default:
                    var known = record.TryGetValue(path, out var kept) && kept.Length == length && kept.Modified == modified ? kept.Bytes : null;
                    previous.files[path] = new Slot { Entry = new(length, modified, known, null) };
                    break;
            }
        }

        return previous;
    }

    /// <summary>A file as written: its size, time, and the fingerprints of its bytes and of its inputs (null when not known).</summary>
    public readonly record struct Entry(long Length, long Modified, Fingerprint? Bytes, Fingerprint? Inputs);

    /// <summary>How many files the output has.</summary>
    public int Count => files.Count;

    /// <summary>Whether the file's inputs have the fingerprint they had when it was written.</summary>
    public bool Unchanged(string path, Fingerprint inputs) => files.TryGetValue(path, out var slot) && slot.Entry.Inputs == inputs;

    /// <summary>Forgets every file's inputs (site.yml changed, for one): each is made again, and still written only if its bytes changed.</summary>
    public void ForgetInputs()
    {
        foreach (var slot in files.Values)
        {
            slot.Entry = slot.Entry with { Inputs = null };
        }
    }

    internal bool Contains(string path) => files.ContainsKey(path);

    internal IEnumerable<string> Paths() => files.Keys;

    /// <summary>Marks a known file as made by the current build and gives its entry; false for a file the output does not have. Thread-safe during a build.</summary>
    internal bool Mark(string path, out Entry entry)
    {
        if (files.TryGetValue(path, out var slot))
        {
            slot.Build = build;
            entry = slot.Entry;
            return true;
        }

        entry = default;
        return false;
    }

    internal bool TryGet(string path, out Entry entry)
    {
        var found = files.TryGetValue(path, out var slot);
        entry = found ? slot!.Entry : default;
        return found;
    }

    internal bool IsMarked(string path) => files.TryGetValue(path, out var slot) && slot.Build == build;

    /// <summary>The files the current build did not make: stale, once it succeeded.</summary>
    internal List<string> Unmarked() => files.Where(e => e.Value.Build != build).Select(e => e.Key).ToList();

    /// <summary>A file now in the output as made by the current build (marked).</summary>
    internal void Set(string path, Entry entry)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(files, path, out _);
        slot ??= new Slot();
        slot.Entry = entry;
        slot.Build = build;
    }

    internal void Remove(string path) => files.Remove(path);

    /// <summary>Ends the current build's marks (after it succeeded or failed).</summary>
    internal void NextBuild() => build++;

    /// <summary>What the next build can trust without reading the files back (<see cref="OutputRecord"/>): the files whose bytes' fingerprint is known.</summary>
    internal List<KeyValuePair<string, Entry>> Record() =>
        files.Where(f => f.Value.Entry.Bytes is not null).Select(f => KeyValuePair.Create(f.Key, f.Value.Entry)).ToList();

    /// <summary>True when the output under <paramref name="root"/> has this file with exactly these bytes (whose fingerprint is <paramref name="bytes"/>, when known).</summary>
    internal bool Holds(string root, string path, byte[] content, Fingerprint? bytes)
    {
        if (files.TryGetValue(path, out var slot) && slot.Entry.Bytes is { } known && bytes is { } made)
        {
            return slot.Entry.Length == content.Length && known == made;
        }

        return Holds(root, path, content.Length, (handle, buffer) => Matches(handle, content, 0, buffer));
    }

    /// <summary>True when the output under <paramref name="root"/> has this file with exactly the bytes of <paramref name="source"/>, read in pieces (<see cref="SourceCopy"/>).</summary>
    internal bool Holds(string root, string path, string source) => Holds(root, path, new FileInfo(source).Length, (handle, buffer) =>
    {
        long offset = 0;
        var same = true;
        SourceCopy.Pieces(source, piece =>
        {
            same = Matches(handle, piece, offset, buffer);
            offset += piece.Length;
            return same;
        });
        return same;
    });

    private bool Holds(string root, string path, long size, Func<SafeFileHandle, byte[], bool> compare)
    {
        if (!files.TryGetValue(path, out var slot) || slot.Entry.Length != size)
        {
            return false;
        }

        Interlocked.Increment(ref read);

        // Read through one small pooled buffer: an array per old file allocated the whole output again.
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(Path.Combine(root, path), FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed by someone since the walk: written again like any changed file.
            return false;
        }

        using var _ = handle;
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(size, 1, 1 << 16));
        try
        {
            return compare(handle, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Whether the old file holds these bytes from 'start' on.
    private static bool Matches(SafeFileHandle handle, ReadOnlySpan<byte> expected, long start, byte[] buffer)
    {
        for (var offset = 0; offset < expected.Length;)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, expected.Length - offset)), start + offset);
            if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(expected.Slice(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    private enum Kind
    {
        File,
        Folder,
        Link,
    }

    private static (string, Kind, long, long) Walked(ref FileSystemEntry e)
    {
        var relative = e.ToFullPath()[(e.RootDirectory.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
        return (e.Attributes & FileAttributes.ReparsePoint) != 0 ? (relative, Kind.Link, 0, 0)
            : e.IsDirectory ? (relative, Kind.Folder, 0, 0)
            : (relative, Kind.File, e.Length, e.LastWriteTimeUtc.UtcTicks);
    }

    private sealed class Slot
    {
        public Entry Entry { get; set; }

        public int Build { get; set; }
    }
}
