using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>
/// The names of the files in a zip attachment, and its comments, for the check of marked words:
/// a zip of the applications names each file as its applicant is named ('hakemus_Pekka_Hakija.pdf'),
/// and the names are published with it. Each name is given as written and with the signs that
/// stand for spaces in a file's name ('_', '-', '.', '/') as spaces. The files themselves are not read.
/// </summary>
public static class ZipNames
{
    public static bool IsOne(string file) => file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>A name a line; empty for a file that cannot be read or holds more entries than any archive of attachments.</summary>
    public static string Of(string path)
    {
        var text = new System.Text.StringBuilder();
        try
        {
            if (OfficeDocument.Entries(path) is not (>= 0 and <= OfficeDocument.MaxEntries))
            {
                return "";
            }

            using var zip = ZipFile.OpenRead(path);
            text.Append(zip.Comment).Append('\n');
            foreach (var entry in zip.Entries)
            {
                text.Append(entry.FullName).Append('\n')
                    .Append(entry.FullName.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ').Replace('/', ' ')).Append('\n')
                    .Append(entry.Comment).Append('\n');
            }
        }

        // A damaged or encrypted archive has no more names to find here; it is published as it is.
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
        }

        return text.ToString();
    }
}
