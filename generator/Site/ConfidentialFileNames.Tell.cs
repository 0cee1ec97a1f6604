using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>How a withheld or leaving name found is told: error or warning, in a text of the file's own or in a published attachment.</summary>
internal static partial class ConfidentialFileNames
{
    // Whether a file that stays published has the name too, which the name may refer to.
    private static bool Shared(string name, HashSet<string> withheld, HashSet<string> published, HashSet<string> lasting) =>
        withheld.Contains(name) ? published.Contains(name) : lasting.Contains(name);

    /// <param name="attachment">The published attachment whose text or properties hold the name, if not a text of the file's own, the decision's file that lists the name and the line it is listed on.</param>
    private static void Tell(SourceLocation at, string name, HashSet<string> withheld, HashSet<string> published, HashSet<string> lasting, DiagnosticBag diagnostics, (string File, (string File, int Line) ListedIn, Place Place)? attachment = null)
    {
        // Where in the attachment to look: its text, its properties or a zip's names of files and its files.
        var where = attachment is not { } a ? null : a.Place switch
        {
            Place.Properties => MessageText.Of($"the properties of the attachment '{a.File}' (its title, author, notes or other data written into the file) contain"),
            Place.ZipNames => MessageText.Of($"the file names or the files in the zip attachment '{a.File}' include"),
            _ => MessageText.Of($"the text of the attachment '{a.File}' contains"),
        };
        var (list, line) = attachment?.ListedIn ?? ("", 0);
        // Not quoted: the name is what must not be published, and a CI log is read by more people
        // than the file. An error from the start for a name that leaves the site: the nightly build
        // after its last day would fail and leave the old site online.
        var passing = !withheld.Contains(name);
        if (Shared(name, withheld, published, lasting))
        {
            diagnostics.Warning(passing ? DiagnosticCodes.PassingFileNameShared : DiagnosticCodes.WithheldFileNameShared, at, (passing, attachment) switch
            {
                (true, null) => "this text contains the name of an attachment that is off the site while the text is on it (a draft's, until the draft is published; one of a decision marked 'personal: [attachments]', after its last day); a published decision has a file of the same name, which the name may refer to: if it refers to the attachment that is off the site, write the text without the file's name; if it refers to the published file, nothing needs to change",
                (false, null) => "this text contains the name of a confidential or withdrawn decision's attachment, which is never published, nor its name; a published decision has a file of the same name, which the name may refer to: if it refers to the confidential or withdrawn decision's attachment, write the text without the file's name; if it refers to the published file, nothing needs to change",
                (true, not null) => MessageText.Of($"{where} the name of another attachment (listed in {list} at line {line}) that is off the site while this file is on it (a draft's, until the draft is published; one of a decision marked 'personal: [attachments]', after its last day); a published decision has a file of the same name, which the name may refer to: if it refers to the attachment that is off the site, attach a copy without that name; if it refers to the published file, nothing needs to change"),
                (false, not null) => MessageText.Of($"{where} the name of a confidential or withdrawn decision's attachment (listed in {list} at line {line}), which is never published, nor its name; a published decision has a file of the same name, which the name may refer to: if it refers to the confidential or withdrawn decision's attachment, attach a copy without that name; if it refers to the published file, nothing needs to change"),
            });
        }
        else
        {
            diagnostics.Error(passing ? DiagnosticCodes.PassingFileNamed : DiagnosticCodes.WithheldFileNamed, at, (passing, attachment) switch
            {
                (true, null) => "this text contains the name of an attachment that is off the site while the text is on it (a draft's, until the draft is published; one of a decision marked 'personal: [attachments]', after its last day), and the name is published with the text; write the text without the name (e.g. 'the attachment'), or link the attachment with a Markdown link whose text is not the file's name, e.g. '[the attachment](…)': the link loses its address while the file is off the site",
                (false, null) => "this text contains the name of a confidential or withdrawn decision's attachment, which is never published, nor its name, and the name would be published with the text; write the text without it (e.g. 'the attachment')",
                (true, not null) => MessageText.Of($"{where} the name of another attachment (listed in {list} at line {line}) that is off the site while this file is on it (a draft's, until the draft is published; one of a decision marked 'personal: [attachments]', after its last day), and the name is published with this file; attach a copy without that name"),
                (false, not null) => MessageText.Of($"{where} the name of a confidential or withdrawn decision's attachment (listed in {list} at line {line}), which is never published, nor its name, and the name would be published with this file; attach a copy without that name"),
            });
        }
    }
}
