using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// An attachment whose text holds words its decision marks as personal data (the application that
/// names the applicant the text marks) keeps them on the site after the last day: a mark expires
/// only where it is written, so the file stays published (search stops reading it then; the
/// other language's file's marks do not stop it).
/// A warning at the attachment, not an error as an unmarked copy in the file's own texts is
/// (<see cref="TranslationNameMarks"/>): the editor often cannot change the file (a minutes extract
/// that names a councillor the decision marks in its votes), and 'personal: [attachments]', the one
/// way to withhold it, withholds all of the decision's attachments; an error would stop the
/// nightly build that takes expired data off the site. The same holds for the file's properties
/// (<see cref="AttachmentMetadata"/>: a PDF's author, a photo's EXIF artist; an RTF file's, <see cref="RtfText"/>), published with it unseen.
/// </summary>
internal static partial class AttachmentCopies
{
    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, ModelCache cache, AttachmentTextCache texts, SurnameForms forms, UnreadAttachments unread)
    {
        var checkedFiles = loaded.Where(d => !d.Law.Confidential && d.Attachments.Any(AttachmentFileText.Readable) && !d.Law.Personal.Contains("attachments", StringComparer.Ordinal)).ToList();
        if (checkedFiles.Count == 0)
        {
            return;
        }

        // A translation's attachment (the application in the other language) names whom the other file marks, too.
        var keys = checkedFiles.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var translations = loaded.Where(d => !d.Law.Confidential && keys.Contains(d.Key)).ToLookup(d => d.Key, StringComparer.Ordinal);
        var looks = new List<(Attachment Attachment, MessageText[] Messages, HashSet<string> Marked, string Words, string Language)>();
        var photos = new List<Attachment>();
        foreach (var decision in checkedFiles)
        {
            var own = TranslationNameMarks.MarkedWords(decision);
            var theirs = translations[decision.Key].Where(o => o.Language != decision.Language).SelectMany(TranslationNameMarks.MarkedWords).Where(w => !own.Contains(w)).ToHashSet(StringComparer.Ordinal);
            if (own.Count > 0 || theirs.Count > 0)
            {
                photos.AddRange(decision.Attachments.Where(a => a.SourcePath is not null && AttachmentMetadata.IsRead(a.File) && !OfficeDocument.IsOne(a.File)));
            }

            foreach (var (marked, messages) in new[]
            {
                (own, new[]
                {
                    MessageText.Of($"the text of this attachment holds words this file marks as personal data, and would keep them on the site after the last day; attach a copy without them, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day"),
                    MessageText.Of($"the properties of this attachment's file (its author, title or other data written into it) hold words this file marks as personal data, and the file is published with them, so they would stay on the site after the last day; attach a copy with its properties cleared, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day"),
                }),
                (theirs, new[]
                {
                    MessageText.Of($"the text of this attachment holds words that the other language's file of this key marks as personal data, and would keep them on the site and in its search after that file's last day; attach a copy without them, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day"),
                    MessageText.Of($"the properties of this attachment's file (its author, title or other data written into it) hold words that the other language's file of this key marks as personal data, and the file is published with them, so they would stay on the site after that file's last day; attach a copy with its properties cleared, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day"),
                }),
            }.Where(x => x.Item1.Count > 0))
            {
                foreach (var attachment in decision.Attachments.Where(AttachmentFileText.Readable))
                {
                    var sought = FileStrings.IsOne(attachment.File) ? Long(marked) : marked;
                    if (sought.Count > 0)
                    {
                        looks.Add((attachment, messages, sought, string.Join('\u001e', sought.Order(StringComparer.Ordinal)), decision.Language));
                    }
                }
            }
        }

        // Reading a PDF's text is the costly part (tens of milliseconds a file), so the files are
        // read on every core, no more at once than there are cores here (a PDF being read holds tens
        // of megabytes; search may be reading others beside); the warnings are given in the files' order.
        var holds = new int[looks.Count];
        Parallel.For(0, looks.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (attachment, _, marked, words, language) = looks[i];
            var path = attachment.SourcePath!;
            // Read in its decision's language, which decides the forms a name is found in.
            var key = $"{texts.KeyOf(path)}\u001d{language}\u001d{words}";
            holds[i] = TooLarge(path) ? 3
                : cache.AttachmentHolds(key, _ => Holds(AttachmentFileText.Of(path, texts), marked, language, forms)) ? 1
                : AttachmentMetadata.IsRead(texts.KindOf(path)) && cache.AttachmentHolds("properties\u001d" + key, _ => Holds(AttachmentFileText.Properties(path, texts), marked, language, forms)) ? 2 : 0;
        });
        // A file too large to read at all is told so below, by its own warning, which says what DP0255 would.
        unread.Look(looks.Where((_, i) => holds[i] != 3).Select(l => l.Attachment), texts);
        unread.Told(looks.Where((_, i) => holds[i] == 3).Select(l => l.Attachment.Location));
        for (var i = 0; i < looks.Count; i++)
        {
            if (holds[i] == 3)
            {
                // Published, and never read: the editor is the only check left.
                diagnostics.Warning(DiagnosticCodes.AttachmentTooLargeToCheck, looks[i].Attachment.Location,
                    $"this attachment's file is over {RtfText.MaxBytes >> 20} MB, more than the check of marked words reads, so it was not searched for the words this file marks as personal data or for the names of withheld attachments, and is published as it is; make sure it holds none of them, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day");
            }
            else if (holds[i] > 0)
            {
                diagnostics.Warning(DiagnosticCodes.PersonalDataInAttachment, looks[i].Attachment.Location, looks[i].Messages[holds[i] - 1]);
            }
        }

        // The place a photo was taken outlives the marks of the address or the person it shows:
        // the photo of an applicant's house gives the house when the address has left the page.
        foreach (var photo in photos.Where(p => cache.AttachmentHolds($"position\u001d{texts.KeyOf(p.SourcePath!)}", _ => AttachmentFileText.Read(() => AttachmentMetadata.HasPosition(p.SourcePath!) ? "1" : "").Length > 0)))
        {
            diagnostics.Warning(DiagnosticCodes.PhotoPositionWithPersonalData, photo.Location,
                "this photo's file holds the place where it was taken (GPS), published with it unseen, and the decision marks personal data, which leaves the site after the last day while the place stays; attach a copy with its location cleared, or add 'attachments' to 'personal:', which withholds all of this decision's attachments after the last day");
        }
    }

    // A text or RTF file beyond what is read of one (Text): none of it is read.
    private static bool TooLarge(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".csv" or ".rtf" && TextFiles.Check(path, RtfText.MaxBytes).Refusal == TextFiles.Refusal.TooLarge;

    // The marked words that binary bytes do not spell by chance: two words or more, or one of six letters or more
    // (as addresses are searched, PersonalMarkCheck.AddressWords).
    private static HashSet<string> Long(HashSet<string> marked) =>
        marked.Where(words => words.Contains(' ', StringComparison.Ordinal) || words.Count(char.IsLetter) >= 6).ToHashSet(StringComparer.Ordinal);

    // A link's target in an office document or RTF file is kept as its writer escapes it
    // ('Zacharias%20Quorvinen'), so a text with escapes is read unescaped too.
    private static bool Holds(string text, HashSet<string> marked, string language, SurnameForms forms) =>
        HoldsAsWritten(text, marked, language, forms) || (Escape().IsMatch(text) && HoldsAsWritten(Uri.UnescapeDataString(text), marked, language, forms));

    private static bool HoldsAsWritten(string text, HashSet<string> marked, string language, SurnameForms forms) =>
        UnmarkedCopies.First(text, marked, language, forms) >= 0 || UnmarkedCopies.FirstInOtherOrder(text, marked) >= 0;

    [System.Text.RegularExpressions.GeneratedRegex("%[0-9A-Fa-f]{2}")]
    private static partial System.Text.RegularExpressions.Regex Escape();
}
