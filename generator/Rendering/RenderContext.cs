using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// What every producer may use: the model, whose decisions are already what may be published
/// (<see cref="Publication"/>), and the shared, build-once renderers. Of serve's cache only the
/// Render stage's and the search index's parts: the loaded files and the Model stage's cache
/// hold decisions as written, which no producer may read.
/// </summary>
public sealed record RenderContext(SiteModel Site, TemplateRenderer Templates, MarkdownRenderer Markdown)
{
    /// <summary>What the previous builds of this <c>serve</c> session rendered (empty for a one-off build).</summary>
    public required RenderCache RenderCache { get; init; }

    /// <summary>What the previous builds of this <c>serve</c> session indexed (empty for a one-off build).</summary>
    public required Search.SearchCache SearchCache { get; init; }

    /// <summary>The fingerprints of this build's inputs, by which serve skips unchanged files.</summary>
    public required Incremental.Fingerprints Fingerprints { get; init; }

    /// <summary>
    /// True when serve's last good build made <paramref name="path"/> from inputs with this
    /// fingerprint, so it will not be made again: for a producer that must know its files before
    /// making them (how many sitemaps) and would otherwise do that work for nothing.
    /// </summary>
    public bool Unchanged(string path, Incremental.Fingerprint inputs) =>
        RenderCache.Rendered.TryGet(path, out var entry) && entry.Inputs == inputs;

    /// <summary>Where a producer reports what it found wrong in an input it reads itself (an attachment search cannot read); null in tests that make a context of their own.</summary>
    public Diagnostics.DiagnosticBag? Diagnostics { get; init; }

    public ViewFactory Views(string language) => new(Site, Markdown, language);
}
