using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>What every producer may use: the model and the shared, build-once renderers.</summary>
public sealed record RenderContext(SiteModel Site, TemplateRenderer Templates, MarkdownRenderer Markdown)
{
    public ViewFactory Views(string language) => new(Site, Markdown, language);
}
