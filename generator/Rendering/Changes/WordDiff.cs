using DecisionsPortal.Markup;
using DiffPlex;
using DiffPlex.Model;

namespace DecisionsPortal.Rendering.Changes;

/// <summary>
/// Two Markdown texts compared word by word, as HTML paragraphs in which removed words are
/// <c>&lt;del&gt;</c> and added ones <c>&lt;ins&gt;</c>, each opened by a visually hidden label
/// ("poistettu:", "lisätty:") so a screen reader says what the strike-through and the underline
/// show. The texts compared are the ones the page publishes, personal data already removed.
/// </summary>
public static class WordDiff
{
    /// <param name="removed">The label read before removed words, e.g. "Poistettu:".</param>
    /// <param name="added">The label read before added words, e.g. "Lisätty:".</param>
    /// <returns>The HTML, or null when the two texts have the same words.</returns>
    public static RawHtml? Html(string before, string after, string removed, string added)
    {
        var old = Paragraphs(before);
        var now = Paragraphs(after);
        var result = Differ.Instance.CreateDiffs(old, now, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        if (result.DiffBlocks.All(b => Words(result.PiecesOld, b.DeleteStartA, b.DeleteCountA).Length == 0 && Words(result.PiecesNew, b.InsertStartB, b.InsertCountB).Length == 0))
        {
            return null;
        }

        var html = new StringBuilder("<p>");
        var at = 0;
        foreach (var block in Merged(result.DiffBlocks, result.PiecesNew))
        {
            Same(html, result.PiecesNew, at, block.InsertStartB - at);
            var gone = Raw(result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            var came = Raw(result.PiecesNew, block.InsertStartB, block.InsertCountB);
            // The spaces a change took with it stay between the words around it.
            if ((gone.StartsWith(' ') || came.StartsWith(' ')) && html[^1] is not (' ' or '>'))
            {
                html.Append(' ');
            }

            Changed(html, "del", removed, gone.Trim());
            if (gone.Trim().Length > 0 && came.Trim().Length > 0)
            {
                html.Append(' ');
            }

            Changed(html, "ins", added, came.Trim());
            at = block.InsertStartB + block.InsertCountB;
            if ((gone.EndsWith(' ') || came.EndsWith(' ')) && at < result.PiecesNew.Count && !char.IsWhiteSpace(result.PiecesNew[at][0]))
            {
                html.Append(' ');
            }
        }

        Same(html, result.PiecesNew, at, result.PiecesNew.Count - at);
        return new RawHtml(html.Append("</p>").ToString());
    }

    // Changes apart by a space alone read as one: "taksilla kolmeksi" → "tilausbussilla kahdeksi", not two changes.
    private static List<DiffBlock> Merged(IList<DiffBlock> blocks, IReadOnlyList<string> now)
    {
        var merged = new List<DiffBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (merged.Count > 0 && merged[^1] is var last
                && Enumerable.Range(last.InsertStartB + last.InsertCountB, block.InsertStartB - last.InsertStartB - last.InsertCountB).All(i => now[i] != WordChunker.Paragraph && string.IsNullOrWhiteSpace(now[i])))
            {
                merged[^1] = new DiffBlock(last.DeleteStartA, block.DeleteStartA + block.DeleteCountA - last.DeleteStartA, last.InsertStartB, block.InsertStartB + block.InsertCountB - last.InsertStartB);
                continue;
            }

            merged.Add(block);
        }

        return merged;
    }

    // One paragraph a line, each as the words the page shows.
    private static string Paragraphs(string markdown) => string.Join(WordChunker.Paragraph,
        markdown.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(PlainText.FromMarkdown)
            .Where(p => p.Length > 0));

    private static void Same(StringBuilder html, IReadOnlyList<string> pieces, int start, int count)
    {
        foreach (var piece in pieces.Skip(start).Take(count))
        {
            html.Append(piece == WordChunker.Paragraph ? "</p>\n<p>" : HtmlText.Escape(piece));
        }
    }

    private static void Changed(StringBuilder html, string element, string label, string words)
    {
        if (words.Length == 0)
        {
            return;
        }

        html.Append('<').Append(element).Append("><span class=\"visually-hidden\">").Append(HtmlText.Escape(label)).Append(" </span>")
            .Append(HtmlText.Escape(words)).Append("</").Append(element).Append('>');
    }

    // A changed run's words on one line: a paragraph break inside a change reads as a space.
    private static string Raw(IReadOnlyList<string> pieces, int start, int count) =>
        string.Join("", pieces.Skip(start).Take(count).Select(p => p == WordChunker.Paragraph ? " " : p));

    private static string Words(IReadOnlyList<string> pieces, int start, int count) => Raw(pieces, start, count).Trim();
}
