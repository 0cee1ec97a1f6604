using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// One file may be the attachment of several decisions: the handlings of one case, a folder of
/// files shared through a link. A decision that withholds its attachments (confidential, or
/// <c>personal: [attachments]</c>, which takes them off when the appeal period ends) withholds
/// the file from its own page only: another decision that lists the same file publishes it at its
/// own address, its text in the search index, and keeps it there after the last day. Such a
/// listing is an error on that decision, whatever the build date (so the build that removes the
/// data never fails on it). Translations are answered by <see cref="TranslationWithholding"/> and
/// <see cref="Publication.ConfidentialKeys"/>.
/// </summary>
internal static class SharedAttachmentFiles
{
    private const int Always = 2;

    public static void Check(IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics)
    {
        // The first decision to withhold each file, the soonest withheld first.
        var withheld = loaded.Where(d => Shown(d) < Always).OrderBy(Shown).ThenBy(d => d.File.Path, StringComparer.Ordinal)
            .SelectMany(d => d.Attachments.Select(a => (File: FileOf(d, a), Decision: d)))
            .Where(x => x.File is not null).DistinctBy(x => x.File, StringComparer.Ordinal)
            .ToDictionary(x => x.File!, x => x.Decision, StringComparer.Ordinal);

        if (withheld.Count == 0)
        {
            return;
        }

        // A withdrawn decision publishes no attachment.
        foreach (var decision in loaded.Where(d => !d.Law.Withdrawn))
        {
            foreach (var attachment in decision.Attachments)
            {
                if (attachment.SourcePath is not { } file || !withheld.TryGetValue(file, out var owner)
                    || Shown(decision) <= Shown(owner) || owner.Key == decision.Key)
                {
                    continue;
                }

                diagnostics.Error(DiagnosticCodes.WithheldAttachmentShared, attachment.Location, owner.Law.Confidential
                    ? MessageText.Of($"the file '{attachment.File}' is also an attachment of {owner.File.Path}, which is confidential, so this decision would publish what that one withholds; remove it from here, or give this decision a file of its own")
                    : MessageText.Of($"the file '{attachment.File}' is also an attachment of {owner.File.Path}, whose attachments are personal data, so this decision would keep it on the site after that one's last day; write 'personal: [attachments]' here too, or give this decision a file of its own"));
            }
        }
    }

    // A confidential decision's attachments are not looked for when it is loaded (never published,
    // they need not be in the repository at all): the file its entry names, if it is there.
    private static string? FileOf(Decision decision, Attachment attachment) =>
        attachment.SourcePath ?? (decision.Folder.Length > 0 && Path.GetFullPath(Path.Combine(decision.Folder, attachment.File)) is var path && File.Exists(path)
            ? RealPath.Of(path) : null);

    // How long a decision shows its attachments: never, until its appeal period ends, always.
    private static int Shown(Decision decision) =>
        decision.Law.Confidential ? 0 : decision.Law.Personal.Contains("attachments", StringComparer.Ordinal) ? 1 : Always;
}
