using UglyToad.PdfPig;

namespace DecisionsPortal.Content;

/// <summary>
/// The text of a PDF attachment, as PdfPig reads it word by word, for search and for the check of
/// marked words in attachments; or why it could not be read (<see cref="Error"/>: a damaged,
/// encrypted or not-PDF file), which the build reports as a warning and goes on without that text.
/// </summary>
public sealed record AttachmentText(string Text, string? Error)
{
    /// <summary>
    /// Where its links lead (a link's web address, a file a link opens), a line each: published
    /// with the file, as a Word document saved as PDF keeps its links, but no words of its text,
    /// so search does not read them; the check of withheld names does.
    /// </summary>
    public string Links { get; init; } = "";

    /// <summary>
    /// Its properties' words (<see cref="AttachmentMetadata"/>: title, author, notes, bookmarks,
    /// form values), read with its text from the one opening of the file, so that the store keeps
    /// them too: published with the file unseen, read by the checks of marked words and of withheld names.
    /// </summary>
    public string Properties { get; init; } = "";

    /// <summary>
    /// Why the file (or a file in it) could not be read in full, if it could not: <see cref="Encrypted"/>,
    /// <see cref="Damaged"/> or <see cref="PastLimits"/>. Its names and words past that point were
    /// never looked at, so the checks of withheld names and of marked words could not see them; the
    /// store keeps the reason with the text, so a build that reads the text from the store tells it too.
    /// </summary>
    public string? Unread { get; init; }

    /// <summary>The <see cref="Error"/> (or <see cref="Unread"/>) of a file protected with a password.</summary>
    public const string Encrypted = "encrypted";

    /// <summary>The <see cref="Error"/> (or <see cref="Unread"/>) of any other file that cannot be read.</summary>
    public const string Damaged = "damaged";

    /// <summary>The <see cref="Unread"/> of a zip with more files, more to unpack or files in files (zips, mails) nested deeper than the build reads of one (<see cref="ZipNames"/>).</summary>
    public const string PastLimits = "limits";

    /// <summary>The <see cref="Unread"/> of a file larger than the build reads of one (an office document's parts past theirs).</summary>
    public const string TooLarge = "size";

    /// <summary>The <see cref="Unread"/> of a file in a zip packed by a method the build cannot unpack (bzip2, LZMA).</summary>
    public const string Packed = "packed";

    /// <summary>The <see cref="Unread"/> of a file read only in its first <paramref name="megabytes"/> MB (or its first and last).</summary>
    public static string Larger(long megabytes) => FormattableString.Invariant($"{TooLarge}:{megabytes}");

    /// <summary>
    /// The <see cref="Unread"/> of the file at <paramref name="path"/> in a zip: the editor opens the zip
    /// without a password, and must be told which of its files is meant. One word, as the store keeps it.
    /// A reason that names a file inside that one already is given the path to it ('a.docx/b.zip/c.txt').
    /// </summary>
    public static string Inside(string reason, string path) => Parts(reason).Inner is { } inner
        ? $"{reason[..reason.IndexOf('@', StringComparison.Ordinal)]}@{Uri.EscapeDataString(path + "/" + inner)}"
        : $"{reason}@{Uri.EscapeDataString(path)}";

    /// <summary>An <see cref="Unread"/> taken apart: its reason, the megabytes of a size's, the path of a file in a zip.</summary>
    public static (string Reason, long Megabytes, string? Inner) Parts(string unread)
    {
        var at = unread.IndexOf('@', StringComparison.Ordinal);
        var (reason, inner) = at < 0 ? (unread, null) : (unread[..at], Uri.UnescapeDataString(unread[(at + 1)..]));
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (reason, 0, inner) : (reason[..colon], long.Parse(reason[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), inner);
    }

    /// <summary>Whether search reads the file: only PDFs have text PdfPig can give.</summary>
    public static bool IsSearchable(string file) => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>What identifies the file's content for a cache of its text: its path, size and time of last change.</summary>
    public static string Key(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{path}\u001f{info.Length}\u001f{info.LastWriteTimeUtc.Ticks}" : path;
    }

    /// <summary>
    /// The file's text: a PDF's, or a zip's names of files and its files' words (<see cref="ZipNames"/>),
    /// which are kept as a PDF's are: a zip of applications holds PDFs, as costly to read each build.
    /// It is read as the kind <paramref name="kind"/> names (its path, or with the extension its
    /// first bytes name, <see cref="FileKind.Named(string)"/>).
    /// </summary>
    public static AttachmentText Read(string path, string kind) =>
        ZipNames.IsOne(kind) ? ZipNames.Of(path) : Parse(() => PdfDocument.Open(path), () => (FileStrings.Of(path), FileStrings.Unread(path)), embedded: true);

    /// <summary>The text of a PDF given by its bytes (one in a zip, whose size the zip's reading bounds).</summary>
    // Its attached files are not read: a PDF in a PDF in a PDF could go on as deep as zips in zips.
    public static AttachmentText Of(byte[] bytes) => Parse(() => PdfDocument.Open(bytes), () => (FileStrings.Of(bytes), null), embedded: false);

    private static AttachmentText Parse(Func<PdfDocument> open, Func<(string, string?)> runs, bool embedded) => PdfThread.Run(() =>
    {
        var properties = "";
        try
        {
            using var document = open();
            var (attached, unread) = embedded ? PdfAttachedFiles.Words(document) : ("", null);
            properties = Unreadable.Or(() => AttachmentMetadata.Read(document), "") + attached;
            var text = new System.Text.StringBuilder();
            var links = new System.Text.StringBuilder();
            var alternates = new System.Text.StringBuilder();
            foreach (var page in document.GetPages())
            {
                foreach (var word in page.GetWords())
                {
                    text.Append(word.Text).Append(' ');
                }

                text.Append('\n');
                foreach (var target in Targets(page))
                {
                    links.Append(target).Append('\n');
                }

                Alternates(page, alternates);
            }

            return new AttachmentText(text.ToString(), null) { Links = links.ToString(), Properties = properties + alternates, Unread = unread };
        }

        // PdfPig reports a file it cannot parse with exceptions of many types; each becomes the
        // build's warning on that file (never a silent fallback, never a failed build), by a reason
        // the editor can act on: PdfPig's own words ('Could not find any xref tables …') are neither
        // in the editor's language nor of use to them. Its bytes are published all the same, and a
        // viewer repairs and shows what PdfPig cannot find (a title in a file cut short): its runs
        // of text are read as its properties are.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A file that is no PDF (a Mac's '._' metadata, a file given the wrong name) is read as any
            // file of unknown kind is, by its runs of text: not read in full only if those cannot be.
            var reason = e is UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException ? Encrypted : Damaged;
            var (read, unread) = Runs();
            return new AttachmentText("", reason) { Properties = properties + "\n" + read, Unread = reason == Encrypted ? reason : unread };
        }

        (string Text, string? Unread) Runs()
        {
            try
            {
                return runs();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ("", Damaged);
            }
        }
    });

    // What the page's marked content gives a screen reader in place of what it draws ('/Span
    // << /ActualText (…) >> BDC'): its actual text, alternate text and expansion, a line each; a
    // page whose marked content cannot be read keeps its words.
    private static void Alternates(UglyToad.PdfPig.Content.Page page, System.Text.StringBuilder text) => Unreadable.Skipped(() =>
    {
        var pending = new Stack<UglyToad.PdfPig.Content.MarkedContentElement>(page.GetMarkedContents());
        while (pending.TryPop(out var marked))
        {
            text.Append(marked.ActualText).Append('\n').Append(marked.AlternateDescription).Append('\n').Append(marked.ExpandedForm).Append('\n');
            foreach (var child in marked.Children)
            {
                pending.Push(child);
            }
        }
    });

    // The page's links' targets: a web address ('/URI'), a file a link opens ('/Launch', '/GoToR');
    // a page whose links cannot be read keeps its words.
    private static IEnumerable<string> Targets(UglyToad.PdfPig.Content.Page page) => Unreadable.Or<string[]>(() => [.. page.GetAnnotations().Select(a => a.Action switch
    {
        UglyToad.PdfPig.Actions.UriAction uri => uri.Uri,
        UglyToad.PdfPig.Actions.LaunchAction launch => launch.FileName,
        UglyToad.PdfPig.Actions.GoToRAction remote => remote.Filename,
        _ => null,
    }).OfType<string>()], []);
}
