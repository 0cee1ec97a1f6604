using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Copies each decision's attachments next to its page. Only files the Load stage resolved
/// inside the content folder are read (<see cref="Content.Attachment.SourcePath"/>); nothing else.
/// </summary>
public sealed class AttachmentProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context) =>
        context.Site.Decisions
            .Where(page => page.Decision.PublishedFiles.Count > 0)
            .SelectMany(page => page.Decision.PublishedFiles
                .Where(a => a.SourcePath is not null)
                .Select(a => Copy(context, page, a))
                .OfType<OutputFile>())
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First());

    private static OutputFile? Copy(RenderContext context, DecisionPage page, Attachment attachment)
    {
        try
        {
            return new OutputFile(context.Site.Paths.Attachment(page, attachment), File.ReadAllBytes(attachment.SourcePath!));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && context.Diagnostics is not null)
        {
            // Removed or locked after the Load stage found it (a pull or a save during the build):
            // the editor's file at the decision's line, not an error of ours.
            context.Diagnostics.Error(DiagnosticCodes.AttachmentMissing, attachment.Location,
                $"attachment '{attachment.File}' could not be read while the site was built ({e.Message}); build again");
            return null;
        }
    }
}
