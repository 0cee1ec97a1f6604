using Markdig;

namespace DecisionsPortal;

/// <summary>
/// The one Markdown dialect of the site, built once: the Model stage reads links with the same
/// parser the Render stage renders with, so a link it checked is the link that is rendered.
/// </summary>
public static class MarkdownSyntax
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .DisableHtml()
        .Use<Rendering.PersonalData.PersonalDataExtension>()
        .Build();
}
