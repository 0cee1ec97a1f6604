using System.Formats.Tar;

namespace DecisionsPortal.Content;

/// <summary>
/// The files of a tar (a Linux or macOS archiver's, a register's export, '.tar.gz' once gunzipped):
/// stored one after another as they are, so a packed file's words (a Word document's) are not in its
/// runs of text. Each file's name is given as a zip's is, and what the reader given reads of it.
/// </summary>
internal static class TarFiles
{
    /// <summary>
    /// Its files' names and words; <paramref name="damaged"/> is told where the tar stops being one
    /// (a download broken off): what was read before is kept.
    /// </summary>
    public static string Of(byte[] tar, Func<string, Stream, string> file, Action damaged)
    {
        var text = new StringBuilder();
        try
        {
            using var reader = new TarReader(new MemoryStream(tar, writable: false));
            while (reader.GetNextEntry() is { } entry)
            {
                text.Append(entry.Name).Append('\n').Append(ZipNames.Spaced(entry.Name)).Append('\n');
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile && entry.DataStream is { } data)
                {
                    text.Append(file(entry.Name, data)).Append('\n');
                }
            }
        }
        // A header's size past what its kind may hold (a 'long name' of gigabytes), or a size in
        // base-256 past a long, is .NET's InvalidOperationException or OverflowException: damaged all the same.
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            damaged();
        }

        return text.ToString();
    }
}
