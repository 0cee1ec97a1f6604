using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Copies each decision's attachments next to its page. Only files the Load stage resolved
/// inside the content folder are read (<see cref="Content.Attachment.SourcePath"/>); nothing else.
/// </summary>
public sealed class AttachmentProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context) =>
        context.Site.Decisions
            .SelectMany(page => page.Decision.Attachments
                .Where(a => a.SourcePath is not null)
                .Select(a => new OutputFile(context.Site.Paths.Attachment(page, a), File.ReadAllBytes(a.SourcePath!))))
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First());
}
