using System.Buffers;
using System.IO.Enumeration;
using DecisionsPortal.Shared;
using Microsoft.Win32.SafeHandles;

namespace DecisionsPortal.Output;

/// <summary>
/// The output as the previous build left it: its files (with their sizes), folders and symbolic
/// links, found in one walk, and whether a file there already holds given bytes. A build writes
/// only the files whose bytes changed and removes only the files it no longer makes: on a disk
/// where creating or deleting a file costs far more than reading one (ext4 mounted with discard),
/// a rebuild then costs what changed, not the whole site. An old file that <paramref name="record"/>
/// knows by its size and time is compared by fingerprint, without reading it.
/// </summary>
internal sealed class PreviousOutput(string root, Dictionary<string, OutputRecord.Entry> record)
{
    private int read;

    /// <summary>Files ('/' separated, relative) with their sizes in bytes and modification times (ticks, UTC).</summary>
    public Dictionary<string, (long Length, long Modified)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>How many old files were opened to compare them with new bytes.</summary>
    public int FilesRead => read;

    public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>Symbolic links (to files or folders): never made by a build, and never followed by one.</summary>
    public List<string> Links { get; } = [];

    public static PreviousOutput Read(string root, Dictionary<string, OutputRecord.Entry> record)
    {
        var previous = new PreviousOutput(root, record);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, Kind Kind, long Length, long Modified)>(root, Entry, options)
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
                    previous.Folders.Add(path);
                    break;
                default:
                    previous.Files[path] = (length, modified);
                    break;
            }
        }

        return previous;
    }

    /// <summary>True when the previous output has this file with exactly these bytes (whose fingerprint is <paramref name="bytes"/>).</summary>
    public bool Holds(string path, byte[] content, Fingerprint bytes)
    {
        if (Files.TryGetValue(path, out var old) && record.TryGetValue(path, out var known) && known.Length == old.Length && known.Modified == old.Modified)
        {
            return old.Length == content.Length && known.Bytes == bytes;
        }

        return Holds(path, content);
    }

    /// <summary>True when the previous output has this file with exactly these bytes.</summary>
    public bool Holds(string path, byte[] content) => Holds(path, content.Length, (handle, buffer) => Matches(handle, content, 0, buffer));

    /// <summary>The size and time of an old file that a build kept unchanged, for the next record.</summary>
    public OutputRecord.Entry Kept(string path, Fingerprint bytes) => new(Files[path].Length, Files[path].Modified, bytes);

    /// <summary>True when the previous output has this file with exactly the bytes of <paramref name="source"/>, read in pieces (<see cref="SourceCopy"/>).</summary>
    public bool Holds(string path, string source) => Holds(path, new FileInfo(source).Length, (handle, buffer) =>
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

    private bool Holds(string path, long size, Func<SafeFileHandle, byte[], bool> compare)
    {
        if (!Files.TryGetValue(path, out var old) || old.Length != size)
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

    private static (string, Kind, long, long) Entry(ref FileSystemEntry e)
    {
        var relative = e.ToFullPath()[(e.RootDirectory.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
        return (e.Attributes & FileAttributes.ReparsePoint) != 0 ? (relative, Kind.Link, 0, 0)
            : e.IsDirectory ? (relative, Kind.Folder, 0, 0)
            : (relative, Kind.File, e.Length, e.LastWriteTimeUtc.UtcTicks);
    }
}
