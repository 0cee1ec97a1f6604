using DecisionsPortal.Law;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>
/// A mark in code (a code span or block) shown as its words, as a mark elsewhere is: Markdown
/// reads no mark in code, so without this the page, search text and snippets would show the
/// brackets and braces around a name until the appeal period ends and <see cref="PersonalDataMarkdown.Redact"/>
/// puts the placeholder there. The words stand as written, line breaks too, as code shows them.
/// </summary>
public static class PersonalDataCode
{
    public static void ShowWords(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node is CodeInline inline && PersonalDataMarks.Has(inline.Content))
            {
                inline.Content = Words(inline.Content);
            }
            else if (node is CodeBlock block && block.Lines.Count > 0)
            {
                var text = string.Join('\n', Enumerable.Range(0, block.Lines.Count).Select(i => block.Lines.Lines[i].Slice.ToString()));
                if (PersonalDataMarks.Has(text))
                {
                    var lines = Words(text).Split('\n');
                    for (var i = 0; i < lines.Length; i++)
                    {
                        block.Lines.Lines[i].Slice = new StringSlice(lines[i]);
                    }
                }
            }
        }
    }

    // A mark's words keep their line breaks, so a block keeps its lines.
    private static string Words(string code) => PersonalDataMarks.Pattern().Replace(code, mark => mark.Groups["text"].Value);
}
