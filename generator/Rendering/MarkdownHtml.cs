using Markdig;
using DecisionsPortal.Markup;
using Markdig.Syntax;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Markdown parsed and made safe (see <see cref="MarkdownRenderer"/>), turned into HTML only
/// when a template writes it: then straight into the page's buffer, with no string of its own.
/// Anything else a template does with it (a filter, a comparison) sees the HTML as text.
/// </summary>
public sealed class MarkdownHtml(MarkdownDocument document)
{
    private string? html;

    public void WriteTo(PageBuffer output)
    {
        if (html is not null)
        {
            output.Write(html);
            return;
        }

        document.ToHtml(output.Writer, MarkdownSyntax.Pipeline);
    }

    public override string ToString() => html ??= document.ToHtml(MarkdownSyntax.Pipeline);
}
