using System.Text;
using Markdig;

namespace DecisionsPortal.Search;

/// <summary>Markdown to the plain words search indexes and shows in snippets.</summary>
public static class PlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseFootnotes().DisableHtml().Build();

    public static string FromMarkdown(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Collapse(Markdown.ToPlainText(markdown, Pipeline));

    /// <summary>The first words of a text up to about <paramref name="length"/> characters, cut at a word boundary.</summary>
    public static string Excerpt(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)] + " …";
    }

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
