using System.IO.Hashing;
using System.Text;
using UglyToad.PdfPig;

namespace DecisionsPortal.Content;

/// <summary>
/// The texts of PDF attachments kept on disk from one run to the next, in the user's cache folder
/// (not the content repository, whose commits could plant an entry), by the file's bytes and the
/// generator that read them: reading a PDF takes tens of milliseconds, and CI checks and builds a
/// site of thousands of them every night. An entry holds what reading the file gives, so a build
/// that finds it writes what a build that reads the PDF writes; another build of the generator
/// (another way of reading, another PdfPig) makes entries of its own. A folder that is a link is
/// not used, nor an entry that is a link or not a plain text file: the PDF is read again. Failing
/// to save is no error; the next run reads the PDF again.
/// </summary>
public sealed class AttachmentTextStore
{
    // Part of every entry's name: the generator's own build (its module id changes with its code)
    // and PdfPig's version.
    private static readonly byte[] Reader = Encoding.UTF8.GetBytes(
        $"{typeof(AttachmentTextStore).Assembly.ManifestModule.ModuleVersionId} PdfPig {typeof(PdfDocument).Assembly.GetName().Version}\n");

    // An entry is saved only when the text is valid UTF-16, so that it reads back the same; read
    // with this too, not StrictUtf8, which folds line ends: a text must come back as it was read.
    private static readonly UTF8Encoding Strict = new(false, true);

    private readonly string folder;

    private AttachmentTextStore(string folder) => this.folder = folder;

    /// <summary>
    /// The folder a run keeps its texts in when none is given: DECISIONSPORTAL_CACHE, else
    /// $XDG_CACHE_HOME/decisions-portal, else ~/.cache/decisions-portal (the shipped workflow keeps it between runs).
    /// </summary>
    public static string DefaultFolder() =>
        Environment.GetEnvironmentVariable("DECISIONSPORTAL_CACHE") is { Length: > 0 } given ? given
        : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "decisions-portal");

    /// <summary>The store in <paramref name="cacheFolder"/>; null when that folder or its texts' folder is a link.</summary>
    public static AttachmentTextStore? For(string cacheFolder)
    {
        var store = Path.Combine(cacheFolder, "attachment-texts");
        return IsLink(cacheFolder) || IsLink(store) ? null : new AttachmentTextStore(store);
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
        var temporary = $"{entry}.{Guid.NewGuid():N}.tmp";
        try
        {
            var bytes = Strict.GetBytes(text.Error is null ? "text\n" + text.Text : "error\n" + text.Error);
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EncoderFallbackException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
