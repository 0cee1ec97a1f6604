using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DecisionsPortal.Rendering.PersonalData;

/// <summary>A mark becomes a span the theme may style; the words are escaped like any text.</summary>
public sealed class PersonalDataRenderer : HtmlObjectRenderer<PersonalDataInline>
{
    protected override void Write(HtmlRenderer renderer, PersonalDataInline inline)
    {
        renderer.Write("<span class=\"personal-data\">");
        renderer.WriteEscape(inline.Text);
        renderer.Write("</span>");
    }
}
