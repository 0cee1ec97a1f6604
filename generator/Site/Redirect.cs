using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A small page at an old address (<see cref="Path"/>, a folder ending in '/' or an .html file)
/// that leads to a page of the site, in <see cref="Language"/>, named <see cref="Title"/>: a
/// decision's (<see cref="Decision"/>, from its 'aliases:' at <see cref="Location"/>) or a person's.
/// </summary>
public sealed record Redirect(string Path, string Target, string Title, string Language, SourceLocation? Location)
{
    public DecisionPage? Decision { get; init; }

    public static Redirect To(string path, DecisionPage page, SourceLocation location) =>
        new(path, page.Path, page.Decision.Title, page.Language, location) { Decision = page };
}
