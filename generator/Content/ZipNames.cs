using System.IO.Compression;
using System.Text;

namespace DecisionsPortal.Content;

/// <summary>
/// The names of the files in a zip attachment, and its comments, for the check of marked words:
/// a zip of the applications names each file as its applicant is named ('hakemus_Pekka_Hakija.pdf'),
/// and the names are published with it. Each name is given as written and with the signs that
/// stand for spaces in a file's name ('_', '-', '.', '/') as spaces. The files themselves are not read.
/// A name is UTF-8 where the zip says so (bit 11 of its flags); else it is the bytes Windows wrote
/// in its OEM code page (CP850 on Finnish and Swedish Windows: CP437 has the same å, ä, ö, but no ø), unless they are
/// valid UTF-8, as an old macOS or Linux archiver writes them without the flag.
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

            using var zip = ZipFile.Open(path, ZipArchiveMode.Read, UnflaggedNames.Instance);
            text.Append(zip.Comment).Append('\n');
            foreach (var entry in zip.Entries)
            {
                text.Append(entry.FullName).Append('\n')
                    .Append(Spaced(entry.FullName)).Append('\n')
                    .Append(entry.Comment).Append('\n');
            }
        }

        // A damaged or encrypted archive has no more names to find here; it is published as it is.
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
        }

        return text.ToString();
    }

    /// <summary>A file's name with the signs that stand for spaces in it as spaces.</summary>
    internal static string Spaced(string name) => name.Replace('_', ' ').Replace('-', ' ').Replace('.', ' ').Replace('/', ' ');

    // The zip decodes with this the names and comments its flags do not say are UTF-8.
    private sealed class UnflaggedNames : Encoding
    {
        public static readonly UnflaggedNames Instance = new();

        private static readonly Encoding Oem = CodePagesEncodingProvider.Instance.GetEncoding(850)!;

        public override string GetString(byte[] bytes, int index, int count)
        {
            var span = bytes.AsSpan(index, count);
            return System.Text.Unicode.Utf8.IsValid(span) ? UTF8.GetString(span) : Oem.GetString(span);
        }

        public override int GetCharCount(byte[] bytes, int index, int count) => GetString(bytes, index, count).Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            var decoded = GetString(bytes, byteIndex, byteCount);
            decoded.CopyTo(0, chars, charIndex, decoded.Length);
            return decoded.Length;
        }

        public override int GetMaxCharCount(int byteCount) => byteCount;

        // A zip opened to be read writes no name.
        public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

        public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);
    }
}
