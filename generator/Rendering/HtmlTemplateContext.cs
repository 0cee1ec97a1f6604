using Scriban;
using Scriban.Parsing;

namespace DecisionsPortal.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value written by <c>{{ … }}</c> unless it is
/// <see cref="RawHtml"/>. Escaping by default means a theme author cannot forget it, and text
/// from front matter can never become markup, whatever the template does with it.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        RecursiveLimit = 50;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => base.Write(span, raw.Html),
        _ => base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
    };
}
