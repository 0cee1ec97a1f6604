using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A decision's attachments are copied into one folder of the site, where a disk or host that does
/// not tell capitals apart (Windows, macOS, many hosts and CDNs) holds 'Liite.pdf' and 'liite.pdf'
/// as one file: one replaces the other on deploy, and its address shows the wrong file, perhaps one
/// the build date withholds. macOS also takes 'ä' and 'a' with a combining mark for one letter.
/// </summary>
public static class AttachmentNameCase
{
    public static void Check(Decision decision, DiagnosticBag diagnostics)
    {
        // Never published: DP0050 tells the file to drop them.
        if (decision.Law.Confidential)
        {
            return;
        }

        var first = new Dictionary<string, Attachment>(StringComparer.OrdinalIgnoreCase);
        foreach (var attachment in decision.Attachments)
        {
            var name = attachment.File.Replace('\\', '/');
            var key = LatinMarks.Decomposed(name);
            if (first.TryGetValue(key, out var other) && other.File.Replace('\\', '/') != name)
            {
                diagnostics.Error(DiagnosticCodes.AttachmentNameCase, attachment.Location,
                    $"attachments '{attachment.File}' and '{other.File}' (line {other.Location.Line}) differ only in capitals or in how a letter is written, and a disk or web host that does not tell them apart keeps one file under both names: rename one of the files and its 'file:'");
            }

            first.TryAdd(key, attachment);
        }
    }
}
