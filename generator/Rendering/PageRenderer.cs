using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// What a producer of pages renders with: the model, whose decisions are already what may be
/// published (<see cref="Publication"/>), and the build-once template renderer.
/// </summary>
public sealed record PageRenderer(SiteModel Site, TemplateRenderer Templates)
{
    public ViewFactory Views(string language) => new(Site, language);
}
