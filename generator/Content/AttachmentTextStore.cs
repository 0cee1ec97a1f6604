using System.IO.Hashing;
using UglyToad.PdfPig;

namespace DecisionsPortal.Content;

/// <summary>
/// The texts of PDF and zip attachments kept from one run to the next (<see cref="UserCache"/>), by the
/// file's bytes and the generator that read them: reading a PDF takes tens of milliseconds, and CI
/// checks and builds a site of thousands of them every night. An entry holds what reading the file
/// gives (its text, its links' targets, its properties' words), so a build that finds it writes
/// what a build that reads the PDF writes, and opens no PDF; another build of the generator
/// (another way of reading, another PdfPig) makes entries of its own.
/// </summary>
public sealed class AttachmentTextStore
{
    // Part of every entry's name: the generator's own build (its module id changes with its code)
    // and PdfPig's version.
    private static readonly byte[] Reader = Encoding.UTF8.GetBytes(
        $"{Format} {typeof(AttachmentTextStore).Assembly.ManifestModule.ModuleVersionId} PdfPig {typeof(PdfDocument).Assembly.GetName().Version}\n");

    // The entries' format, first in each entry and part of its name: an entry of another format
    // (one without the reason a file was not read in full) is not read as one of this.
    private const string Format = "v2";

    // An entry is saved only when the text is valid UTF-16, so that it reads back the same; read
    // with this too, not StrictUtf8, which folds line ends: a text must come back as it was read.
    private static readonly UTF8Encoding Strict = new(false, true);

    private readonly string folder;

    private AttachmentTextStore(string folder) => this.folder = folder;

    public const string FolderName = "attachment-texts";

    /// <summary>The store in <paramref name="cacheFolder"/>; null when that folder or its texts' folder is a link.</summary>
    public static AttachmentTextStore? For(string cacheFolder) =>
        UserCache.Folder(cacheFolder, FolderName) is { } folder ? new AttachmentTextStore(folder) : null;

    /// <summary>The file's text read as <paramref name="kind"/> names (<see cref="AttachmentText.Read"/>), kept or read now.</summary>
    public AttachmentText Read(string path, string kind)
    {
        // The file is hashed in pieces and read from its path, never held whole: an attachment may
        // be a gigabyte. One changed between the two (a save during the build) is read, not kept.
        var before = AttachmentText.Key(path);
        var zip = ZipNames.IsOne(kind);
        string entry;
        try
        {
            entry = Path.Combine(folder, Name(path, zip) + ".txt");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return AttachmentText.Read(path, kind);
        }

        if (Load(entry) is { } kept)
        {
            UserCache.Touch(entry);
            return kept;
        }

        var text = AttachmentText.Read(path, kind);
        if (AttachmentText.Key(path) == before)
        {
            Save(entry, text);
        }

        return text;
    }

    // A zip's entry (a file read as one, whatever its name) is its names' and files' words, not a PDF's reading of the same bytes.
    private static string Name(string path, bool zip)
    {
        var hash = new XxHash128();
        hash.Append(Reader);
        hash.Append(zip ? "zip\n"u8 : []);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            hash.Append(file);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // An entry is its format, "text" or "error", the lengths of its links' targets and of its
    // properties' words, why it was not read in full ('-' where it was), a newline; then the
    // targets, the words, and the text or the reason it could not be read.
    private static AttachmentText? Load(string entry)
    {
        try
        {
            if (UserCache.Read(entry) is not { } bytes)
            {
                return null;
            }

            var content = Strict.GetString(bytes);
            var newline = content.IndexOf('\n');
            if (newline < 0 || content[..newline].Split(' ') is not [Format, var kind and ("text" or "error"), var l, var p, var unread]
                || !int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var links)
                || !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var properties)
                || (long)newline + 1 + links + properties > content.Length)
            {
                return null;
            }

            var rest = content[(newline + 1 + links + properties)..];
            return new AttachmentText(kind == "text" ? rest : "", kind == "text" ? null : rest)
            {
                Links = content.Substring(newline + 1, links),
                Properties = content.Substring(newline + 1 + links, properties),
                Unread = unread == "-" ? null : unread,
            };
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static void Save(string entry, AttachmentText text)
    {
        try
        {
            var kind = text.Error is null ? "text" : "error";
            UserCache.Write(entry, Strict.GetBytes(FormattableString.Invariant($"{Format} {kind} {text.Links.Length} {text.Properties.Length} {text.Unread ?? "-"}\n") + text.Links + text.Properties + (text.Error ?? text.Text)));
        }
        catch (EncoderFallbackException)
        {
        }
    }
}
