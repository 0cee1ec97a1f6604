using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>
/// A mark becomes a span the theme may style, its words escaped like any text; in plain text
/// (inline HTML off, see <see cref="PlainText"/>) it is its words alone.
/// </summary>
public sealed class PersonalDataRenderer : HtmlObjectRenderer<PersonalDataInline>
{
    protected override void Write(HtmlRenderer renderer, PersonalDataInline inline)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(inline.Text);
            return;
        }

        renderer.Write("<span class=\"personal-data\">");
        renderer.WriteEscape(inline.Text);
        renderer.Write("</span>");
    }
}
