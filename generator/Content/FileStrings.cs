namespace DecisionsPortal.Content;

/// <summary>
/// The runs of text in a file whose format is not read otherwise: an old Word, Excel or PowerPoint
/// file (.doc, .xls, .ppt keep their text and their author as 8-bit or UTF-16 strings among binary
/// records), a drawing (.dwg, .dxf: a title block names the builder) or a recording's tags. A run is
/// at least <see cref="MinRun"/> letters, digits, spaces and the signs of a sentence, read as
/// Latin-1 (Windows' letters of Finnish and Swedish) or UTF-8 (a recording's tags: ID3v2.4, MP4,
/// Vorbis comments, Matroska), and as UTF-16; compressed or binary bytes make
/// such a run only by chance, and a marked word short enough to be one is not looked for in them
/// (<see cref="Site.AttachmentCopies"/>). A file of more than 32 MB is read at its first and last
/// 16 MB, where a recording keeps its tags; another file's middle is told as not read (<see cref="Unread(string)"/>).
/// </summary>
public static class FileStrings
{
    private const int MinRun = 8;
    private const long Whole = 32 << 20;
    private const int Part = 16 << 20;

    // The text kept of one file: each character read costs tens of bytes in the check that reads
    // it, on every core at once; a file that is text throughout is cut here.
    private const int MaxCharacters = 8 << 20;

    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is
        ".doc" or ".xls" or ".ppt" or ".dwg" or ".dxf" or ".mp3" or ".m4a" or ".wav" or ".ogg" or ".mp4" or ".webm";

    /// <summary>Whether the file is a recording, whose runs of text are its tags.</summary>
    public static bool IsRecording(string file) => Path.GetExtension(file).ToLowerInvariant() is
        ".mp3" or ".m4a" or ".wav" or ".ogg" or ".mp4" or ".webm";

    /// <summary>The file's runs of text, a run a line.</summary>
    public static string Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Of(file);
    }

    /// <summary>
    /// Why the file's runs of text were not read in full, if they were not (<see cref="AttachmentText.Unread"/>):
    /// its middle, past its first and last 16 MB, where an old office file keeps its text as surely
    /// as its start. A recording's tags are at its ends: its middle holds no text.
    /// </summary>
    public static string? Unread(string path) => IsRecording(path) ? null : Unread(new FileInfo(path).Length);

    /// <summary>As <see cref="Unread(string)"/>, of a file of this many bytes whatever its name.</summary>
    public static string? Unread(long length) => length > Whole ? AttachmentText.Larger(Whole >> 20) : null;

    /// <summary>As <see cref="Of(string)"/>, of a file held in a stream that can seek.</summary>
    public static string Of(Stream file)
    {
        file.Position = 0;
        if (file.Length <= Whole)
        {
            return Of([Read(file, file.Length)]);
        }

        var first = Read(file, Part);
        file.Position = file.Length - Part;
        return Of([first, Read(file, Part)]);
    }

    /// <summary>The runs of text of a file held whole (a damaged PDF's: its parts cannot be found, its bytes are published all the same).</summary>
    public static string Of(byte[] bytes) => bytes.Length <= Whole ? Of([bytes]) : Of([bytes[..Part], bytes[^Part..]]);

    private static string Of(byte[][] parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            Runs(part, text);
        }

        return text.ToString();
    }

    private static byte[] Read(Stream file, long count)
    {
        var bytes = new byte[count];
        return bytes[..file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)];
    }

    private static void Runs(byte[] bytes, StringBuilder text)
    {
        // One byte a character, then two (little-endian) from each of the two alignments.
        Collect(bytes, 1, 0, text);
        Collect(bytes, 2, 0, text);
        Collect(bytes, 2, 1, text);
    }

    private static void Collect(byte[] bytes, int width, int first, StringBuilder text)
    {
        var start = first;
        var length = 0;
        for (var i = first; i + width <= bytes.Length;)
        {
            var (c, size) = At(bytes, i, width);
            i += size;
            if (IsText(c))
            {
                length++;
                continue;
            }

            Flush(bytes, start, length, width, text);
            start = i;
            length = 0;
        }

        Flush(bytes, start, length, width, text);
    }

    // A character and its bytes. Of one byte a character, a letter of two bytes of UTF-8 (C3 A4, 'ä')
    // is read as UTF-8: its second byte (0x80 to 0xBF) is no letter of Latin-1, so read as Latin-1
    // the run would end there.
    private static (char C, int Size) At(byte[] bytes, int i, int width)
    {
        if (width == 2)
        {
            return ((char)(bytes[i] | (bytes[i + 1] << 8)), 2);
        }

        var b = bytes[i];
        if (b is >= 0xC3 and <= 0xC5 && i + 1 < bytes.Length && bytes[i + 1] is >= 0x80 and <= 0xBF)
        {
            var c = (char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
            if (IsText(c))
            {
                return (c, 2);
            }
        }

        return ((char)b, 1);
    }

    private static void Flush(byte[] bytes, int start, int length, int width, StringBuilder text)
    {
        if (length < MinRun || text.Length >= MaxCharacters)
        {
            return;
        }

        // A value may run on into an id that follows it with no byte between (ID3's next frame's:
        // 'Quörvinen' then 'TIT2'), and the name would be read as a longer word: a run that ends in
        // capitals and digits after a small letter is given again without them (a run that is still one).
        var id = -1;
        var previous = ' ';
        for (var (i, n) = (start, 0); n < length; n++)
        {
            var (c, size) = At(bytes, i, width);
            text.Append(c);
            id = char.IsLower(previous) && char.IsUpper(c) ? n : char.IsUpper(c) || char.IsAsciiDigit(c) ? id : -1;
            previous = c;
            i += size;
        }

        text.Append('\n');
        id = id >= MinRun ? id : 0;
        for (var (i, n) = (start, 0); n < id; n++)
        {
            var (c, size) = At(bytes, i, width);
            text.Append(c);
            i += size;
        }

        text.Append(id > 0 ? "\n" : "");
    }

    // Latin letters (Latin-1's and Latin Extended-A's, the letters of European names), digits, a space and a sentence's signs.
    private static bool IsText(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or ',' or '.' or '-' or '\'' or ':' or '(' or ')' or '@' or '/'
        || (c is >= '\u00C0' and <= '\u017F' && c is not '\u00D7' and not '\u00F7');
}
