using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>What every producer may use: the model and the shared, build-once renderers.</summary>
public sealed record RenderContext(SiteModel Site, TemplateRenderer Templates, MarkdownRenderer Markdown)
{
    /// <summary>What the previous build of this <c>serve</c> session kept; null for a one-off build.</summary>
    public Pipeline.BuildCache? Cache { get; init; }

    /// <summary>The fingerprints of this build's inputs, for serve to skip unchanged files; null for a one-off build.</summary>
    public Incremental.Fingerprints? Fingerprints { get; init; }

    /// <summary>
    /// True when serve's last good build made <paramref name="path"/> from inputs with this
    /// fingerprint, so it will not be made again: for a producer that must know its files before
    /// making them (how many sitemaps) and would otherwise do that work for nothing.
    /// </summary>
    public bool Unchanged(string path, Output.Fingerprint inputs) =>
        Cache is not null && Cache.Render.Rendered.TryGet(path, out var entry) && entry.Inputs == inputs;

    public ViewFactory Views(string language) => new(Site, Markdown, language);
}
