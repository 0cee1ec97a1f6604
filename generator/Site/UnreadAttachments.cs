using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A published attachment that the checks of withheld names (<see cref="ConfidentialFileNames"/>)
/// or of marked words (<see cref="AttachmentCopies"/>) had to read, but could not read in full
/// (<see cref="AttachmentText.Unread"/>: encrypted, damaged, past a zip's limits): what was not
/// read is published unseen, so the editor is told, once a file however many checks read it, at
/// every build until the file is fixed (the store keeps the reason with the text). A warning, not
/// an error: a large zip of applications must stay publishable, and only a person can check it.
/// </summary>
internal sealed class UnreadAttachments
{
    private readonly ConcurrentDictionary<SourceLocation, (string File, string Path, string Reason)> found = new();

    // The attachments another warning tells as not read, in words that say the checks could not read them either.
    private readonly ConcurrentDictionary<SourceLocation, bool> told = new();

    // The withheld names a message must not quote (a copy's file name may hold one).
    private HashSet<string> withheld = new(StringComparer.Ordinal);

    // Those but the file's own name, which its address publishes anyway: the message names the file.
    private HashSet<string> Others(string file) =>
        withheld.Where(n => !string.Equals(n, Path.GetFileName(file.Replace('\\', '/')), StringComparison.OrdinalIgnoreCase)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Notes each of these attachments that could not be read in full; <paramref name="names"/>: the withheld names its file's name may hold.</summary>
    public void Look(IEnumerable<Attachment> attachments, AttachmentTextCache texts, HashSet<string>? names = null)
    {
        if (names is not null)
        {
            withheld = names;
        }

        foreach (var attachment in attachments.Where(a => a.SourcePath is not null))
        {
            if (!found.ContainsKey(attachment.Location) && AttachmentFileText.Unread(attachment.SourcePath!, texts) is { } reason)
            {
                found.TryAdd(attachment.Location, (attachment.File, attachment.SourcePath!, reason));
            }
        }
    }

    /// <summary>Notes attachments another warning tells as not read (DP0196, a text file too large to read).</summary>
    public void Told(IEnumerable<SourceLocation> attachments)
    {
        foreach (var at in attachments)
        {
            told.TryAdd(at, true);
        }
    }

    /// <summary>
    /// The warnings, once every check has looked: one a file, so none of a file another warning tells
    /// as not read, with what this one would say: DP0196, and search's DP0190 of a PDF it cannot read,
    /// which the model's search reads (<see cref="Publication.SearchableAttachments"/>).
    /// </summary>
    public void Report(DiagnosticBag diagnostics, SiteModel model)
    {
        // Most sites have every attachment read: then no pass over every decision's attachments is needed.
        if (found.IsEmpty)
        {
            return;
        }

        var searched = model.Languages.SelectMany(l => l.Listed).SelectMany(p => Publication.SearchableAttachments(p.Decision))
            .Where(a => a.SourcePath is not null && AttachmentText.IsSearchable(a.File)).Select(a => a.SourcePath!).ToHashSet(StringComparer.Ordinal);
        foreach (var (at, (file, path, reason)) in found)
        {
            if (told.ContainsKey(at) || (searched.Contains(path) && AttachmentText.Parts(reason).Inner is null))
            {
                continue;
            }

            var why = Why(reason);
            diagnostics.Warning(DiagnosticCodes.AttachmentNotReadInFull, at,
                $"the attachment '{ConfidentialFileNames.Unnamed(file, Others(file))}' could not be read in full ({why}), so the build could not check it for the names of withheld attachments or for words marked as personal data; it is published as it is: a person must check that it holds none of them, or attach a copy that can be read");
        }
    }

    // A file in a zip is named by its path in it: the editor opens the zip without a password, and
    // cannot tell which of its files the build could not read.
    private MessageText Why(string reason)
    {
        var (kind, megabytes, inner) = AttachmentText.Parts(reason);
        var file = inner is null ? null : ConfidentialFileNames.Unnamed(inner, withheld);
        return (kind, file) switch
        {
            (AttachmentText.Encrypted, null) => "it is protected with a password",
            (AttachmentText.Encrypted, _) => MessageText.Of($"its file '{file}' is protected with a password"),
            (AttachmentText.PastLimits, _) => "it holds more files, more to unpack or files in files (zips, mails) nested deeper than the build reads of one attachment",
            (AttachmentText.TooLarge, null) when megabytes > 0 => MessageText.Of($"it is larger than the build reads of one attachment ({megabytes} MB)"),
            (AttachmentText.TooLarge, null) => "it is larger than the build reads of one attachment",
            (AttachmentText.TooLarge, _) when megabytes > 0 => MessageText.Of($"its file '{file}' is larger than the build reads of one attachment ({megabytes} MB)"),
            (AttachmentText.TooLarge, _) => MessageText.Of($"its file '{file}' is larger than the build reads of one attachment"),
            (AttachmentText.Packed, _) => MessageText.Of($"its file '{file}' is packed in a way the build cannot unpack (bzip2, LZMA or another, not the usual deflate)"),
            (_, null) => "it is damaged or not a file of its kind",
            _ => MessageText.Of($"its file '{file}' is damaged"),
        };
    }
}
