using DecisionsPortal.Shared;

namespace DecisionsPortal.Output;

/// <summary>
/// What the last good build wrote into an output folder, kept in the cache folder: each file's size,
/// modification time and fingerprint of its bytes. A rebuild trusts an old file whose size and time
/// are still those recorded (as make and rsync do), and compares the new bytes' fingerprint with the
/// recorded one instead of reading the old file back: reading the whole previous output cost a
/// rebuild more than writing it cost a clean build (writes are flushed by the kernel's own threads,
/// reads of a file no longer in memory wait on the disk in the build's). Without a record (a new
/// cache, another folder) old files are read as before. A file whose time is within
/// <see cref="Racy"/> of the record's own is read too: a change made in the same tick of a coarse
/// clock (or of a file system keeping seconds) as the build's write would not show in its time.
/// </summary>
internal static class OutputRecord
{
    public const string FolderName = "output-records";

    // Raised when the layout changes, so an older record is not misread.
    private const int Format = 1;

    private static readonly TimeSpan Racy = TimeSpan.FromSeconds(2);

    /// <summary>The record of <paramref name="output"/> kept in <paramref name="cacheFolder"/>; empty when there is none or it cannot be read.</summary>
    public static Dictionary<string, PreviousOutput.Entry> Load(string? cacheFolder, string output)
    {
        var entries = new Dictionary<string, PreviousOutput.Entry>(StringComparer.Ordinal);
        if (Where(cacheFolder, output) is not { } file || !File.Exists(file))
        {
            return entries;
        }

        try
        {
            using var reader = new BinaryReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            if (reader.ReadInt32() != Format || reader.ReadString() != output)
            {
                return entries;
            }

            var trusted = reader.ReadInt64() - Racy.Ticks;
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var path = reader.ReadString();
                var entry = new PreviousOutput.Entry(reader.ReadInt64(), reader.ReadInt64(), new Fingerprint(reader.ReadUInt64(), reader.ReadUInt64()), null);
                if (entry.Modified < trusted)
                {
                    entries[path] = entry;
                }
            }

            return entries;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A damaged record is no record: the old files are read instead.
            return new Dictionary<string, PreviousOutput.Entry>(StringComparer.Ordinal);
        }
    }

    /// <summary>Keeps <paramref name="entries"/> (each with the fingerprint of its bytes) as the record of <paramref name="output"/> (whole or not at all).</summary>
    public static void Save(string? cacheFolder, string output, IReadOnlyCollection<KeyValuePair<string, PreviousOutput.Entry>> entries)
    {
        if (Where(cacheFolder, output) is not { } file)
        {
            return;
        }

        UserCache.Write(file, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Format);
            writer.Write(output);
            writer.Write(DateTime.UtcNow.Ticks);
            writer.Write(entries.Count);
            foreach (var (path, entry) in entries)
            {
                writer.Write(path);
                writer.Write(entry.Length);
                writer.Write(entry.Modified);
                writer.Write(entry.Bytes!.Value.High);
                writer.Write(entry.Bytes.Value.Low);
            }
        });
    }

    // One file an output folder, named by its full path; none when the cache folder is a link.
    private static string? Where(string? cacheFolder, string output) =>
        cacheFolder is not null && UserCache.Folder(cacheFolder, FolderName) is { } folder
            ? Path.Combine(folder, $"{Fingerprint.Of(Encoding.UTF8.GetBytes(output)).High:x16}.bin")
            : null;
}
