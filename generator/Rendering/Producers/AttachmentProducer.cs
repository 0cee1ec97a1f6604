using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Copies each decision's attachments next to its page. Only files the Load stage resolved
/// inside the content folder are read (<see cref="Content.Attachment.SourcePath"/>); nothing else.
/// </summary>
public sealed class AttachmentProducer(SiteModel site, DiagnosticBag diagnostics) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce() =>
        site.Decisions
            .Where(page => page.Decision.PublishedFiles.Count > 0)
            .SelectMany(page => page.Decision.PublishedFiles
                .Where(a => a.SourcePath is not null)
                .Select(a => Copy(page, a))
                .OfType<OutputFile>())
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First());

    private OutputFile? Copy(DecisionPage page, Attachment attachment)
    {
        try
        {
            // Opened here, so that a file gone or locked is the editor's error at its line; copied
            // by the sink by stream (an attachment may be over a gigabyte).
            using (File.OpenHandle(attachment.SourcePath!))
            {
            }

            return OutputFile.CopyOf(site.Paths.Attachment(page, attachment), attachment.SourcePath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed or locked after the Load stage found it (a pull or a save during the build):
            // the editor's file at the decision's line, not an error of ours.
            diagnostics.Error(DiagnosticCodes.AttachmentMissing, attachment.Location,
                $"attachment '{attachment.File}' could not be read while the site was built ({e.Message}); build again");
            return null;
        }
    }
}
