namespace DecisionsPortal.Rendering;

/// <summary>
/// HTML that is already safe: rendered by our Markdown pipeline (raw HTML off, unsafe links
/// removed) or by one of our own templates. Every other value a template writes is escaped.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
