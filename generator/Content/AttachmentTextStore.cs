using System.IO.Hashing;
using System.Text;
using UglyToad.PdfPig;

namespace DecisionsPortal.Content;

/// <summary>
/// The texts of PDF attachments kept on disk from one run to the next, in
/// <c>.cache/attachment-texts/</c> beside site.yml, by the file's bytes and the reader that read
/// them: reading a PDF takes tens of milliseconds, and CI checks and builds a site of thousands
/// of them every night. An entry holds what reading the file gives, so a build that finds it writes
/// what a build that reads the PDF writes. A folder that is a link is not used (a commit could make
/// the build write or read outside the repository), nor an entry that is a link or not a plain text
/// file: the PDF is read again. Failing to save is no error; the next run reads the PDF again.
/// </summary>
public sealed class AttachmentTextStore
{
    // Part of every entry's name: another PdfPig or another way of joining its words makes new entries.
    private static readonly byte[] Reader = Encoding.UTF8.GetBytes($"PdfPig {typeof(PdfDocument).Assembly.GetName().Version}, words joined by spaces, pages by newlines\n");

    // An entry is saved only when the text is valid UTF-16, so that it reads back the same.
    private static readonly UTF8Encoding Strict = new(false, true);

    private readonly string folder;

    private AttachmentTextStore(string folder) => this.folder = folder;

    /// <summary>The store of the site whose site.yml is in <paramref name="siteFolder"/>; null when its folder is a link.</summary>
    public static AttachmentTextStore? For(string siteFolder)
    {
        var cache = Path.Combine(siteFolder, ".cache");
        var store = Path.Combine(cache, "attachment-texts");
        return IsLink(cache) || IsLink(store) ? null : new AttachmentTextStore(store);
    }

    public AttachmentText Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return AttachmentText.Read(path);
        }

        var entry = Path.Combine(folder, Name(bytes) + ".txt");
        if (Load(entry) is { } kept)
        {
            return kept;
        }

        var text = AttachmentText.Of(bytes);
        Save(entry, text);
        return text;
    }

    private static string Name(byte[] bytes)
    {
        var hash = new XxHash128();
        hash.Append(Reader);
        hash.Append(bytes);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // An entry is "text" or "error", a newline, then the text or the reason it could not be read.
    private static AttachmentText? Load(string entry)
    {
        try
        {
            if (!File.Exists(entry) || IsLink(entry) || TextFiles.Check(entry).Refusal != TextFiles.Refusal.None || TextFiles.ReadAll(entry) is not { } bytes)
            {
                return null;
            }

            var content = Strict.GetString(bytes);
            var newline = content.IndexOf('\n');
            return newline < 0 ? null : content[..newline] switch
            {
                "text" => new AttachmentText(content[(newline + 1)..], null),
                "error" => new AttachmentText("", content[(newline + 1)..]),
                _ => null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    private void Save(string entry, AttachmentText text)
    {
        try
        {
            var bytes = Strict.GetBytes(text.Error is null ? "text\n" + text.Text : "error\n" + text.Error);
            Directory.CreateDirectory(folder);
            var temporary = $"{entry}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
