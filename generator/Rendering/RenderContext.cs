using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// What every producer may use: the model, whose decisions are already what may be published
/// (<see cref="Publication"/>), the shared, build-once renderers and the search index. Of serve's
/// cache only what a producer reads: which files the last build made, and the open data's
/// records. The loaded files and the Model stage's cache hold decisions as written, which no
/// producer may read; the templates, fingerprints and search analyses are their stages' own.
/// </summary>
public sealed record RenderContext(SiteModel Site, TemplateRenderer Templates, MarkdownRenderer Markdown)
{
    /// <summary>What the last good build of this <c>serve</c> session made (empty for a one-off build).</summary>
    public required Incremental.RenderedFiles Rendered { get; init; }

    /// <summary>Each decision's bytes in decisions.json and decisions.csv, kept between serve's builds (empty for a one-off build).</summary>
    public required RecordCache Records { get; init; }

    /// <summary>Each language's search index, built on first use: its files, and its manifest for the search page.</summary>
    public required Search.SiteSearch Search { get; init; }

    /// <summary>The fingerprints of this build's inputs, by which serve skips unchanged files; null when the model's inputs are not known (a render of a model alone, in tests).</summary>
    public required Incremental.Fingerprints? Fingerprints { get; init; }

    /// <summary>
    /// True when serve's last good build made <paramref name="path"/> from inputs with this
    /// fingerprint, so it will not be made again: for a producer that must know its files before
    /// making them (how many sitemaps) and would otherwise do that work for nothing.
    /// </summary>
    public bool Unchanged(string path, Incremental.Fingerprint inputs) =>
        Rendered.TryGet(path, out var entry) && entry.Inputs == inputs;

    /// <summary>Where a producer reports what it found wrong in an input it reads itself (an attachment search cannot read); null in tests that make a context of their own.</summary>
    public Diagnostics.DiagnosticBag? Diagnostics { get; init; }

    public ViewFactory Views(string language) => new(Site, Markdown, language);
}
