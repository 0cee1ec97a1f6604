using DecisionsPortal.Law;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>
/// Markdown with every personal-data mark replaced by the placeholder, as the parser will read it:
/// in text the placeholder is escaped, so that its brackets read as the letters they are; in code
/// (a code span or block), where Markdown shows every letter as written, a backslash would be
/// shown, so it stands there as written.
/// </summary>
public static class PersonalDataMarkdown
{
    public static string Redact(string markdown, string placeholder)
    {
        if (!PersonalDataMarks.Has(markdown))
        {
            return markdown;
        }

        var code = MarkdownSyntax.Parse(markdown).Descendants()
            .Where(node => node is CodeInline or CodeBlock)
            .Select(node => node.Span)
            .ToList();
        var escaped = PersonalDataMarks.EscapeMarkdown(placeholder);
        return PersonalDataMarks.Pattern().Replace(markdown, mark => code.Any(span => span.Start <= mark.Index && mark.Index <= span.End) ? placeholder : escaped);
    }
}
