using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Content;

/// <summary>
/// The address of every link, image, autolink and link definition of a decision's published
/// texts (or a meeting's notes), and every e-mail address written in them, outside their marks,
/// with where it is written. When a mark's last day comes its words leave the text, but an
/// address is published as written: a name in it would stay on the site. A text that
/// 'personal:' lists leaves the site whole, its links with it.
/// </summary>
public static partial class LinkAddresses
{
    public static IEnumerable<(string Address, SourceLocation Location)> Of(Decision decision)
    {
        // A confidential decision publishes none of its texts.
        if (decision.Law.Confidential)
        {
            yield break;
        }

        var personal = decision.Law.Personal;
        foreach (var (field, text) in new[] { ("text", decision.Markdown), ("proposal", decision.Proposal), ("decision", decision.DecisionText), ("previous", decision.Law.Previous) })
        {
            if (text is null || personal.Contains(field, StringComparer.Ordinal) || (field == "previous" && personal.Contains("decision", StringComparer.Ordinal)))
            {
                continue;
            }

            // A front-matter field's place is its line.
            foreach (var link in In(text, decision.File.Path, decision.MarkdownFirstLine))
            {
                yield return field == "text" ? link : (link.Address, decision.LocationOf(field));
            }
        }

        // Texts published as written, not read as Markdown: an address in them is published as typed.
        var plain = new[] { (Field: "title", Text: (string?)decision.Title, Location: decision.LocationOf("title")) }
            .Concat(decision.Attachments.Select(a => (Field: "attachments", Text: (string?)a.Title, a.Location)))
            .Concat(decision.Law.Dissent.Select(d => (Field: "dissent", d.Text, Location: decision.LocationOf("dissent"))));
        foreach (var (field, text, location) in plain)
        {
            if (text is null || personal.Contains(field, StringComparer.Ordinal))
            {
                continue;
            }

            foreach (Match written in WrittenAddress().Matches(WithoutMarks(text)))
            {
                yield return (Uri.UnescapeDataString(written.Value), location);
            }
        }
    }

    /// <summary>The addresses of a Markdown text that starts on <paramref name="firstLine"/> of its file, each where it is written.</summary>
    public static IEnumerable<(string Address, SourceLocation Location)> In(string text, string path, int firstLine)
    {
        var unmarked = WithoutMarks(text);
        var links = new List<Markup.MarkdownLink>();
        foreach (var link in Markup.MarkdownSyntax.Links(unmarked))
        {
            links.Add(link);

            // Markdig counts lines and columns from zero, within the text.
            yield return (Uri.UnescapeDataString(link.Url), new SourceLocation(path, firstLine + link.Line, link.Column + 1));
        }

        // An address written as text is published as written too: an e-mail address, one that is
        // the words of a link to another, one in pasted HTML (shown as text), a bare 'yle.fi/…'.
        // One that is the link's own address, written again as its words or found by the
        // autolinker, is that link's.
        // Both in the order of the text: the links that end before an address are passed once.
        links.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var first = 0;
        foreach (Match written in WrittenAddress().Matches(unmarked))
        {
            while (first < links.Count && links[first].Span.End < written.Index)
            {
                first++;
            }

            if (OwnAddress(links, first, written))
            {
                continue;
            }

            yield return (Uri.UnescapeDataString(written.Value), SourceLocation.InText(path, firstLine, text, written.Index));
        }
    }

    private static bool OwnAddress(List<Markup.MarkdownLink> links, int first, Match written)
    {
        for (var i = first; i < links.Count && links[i].Span.Start <= written.Index; i++)
        {
            if (written.Index <= links[i].Span.End && links[i].Url.Contains(written.Value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A web address (with its scheme, or 'www.', or a domain followed by a path), else an e-mail
    // address; a web address without the sentence's stop or bracket after it.
    [GeneratedRegex(@"(?:https?://|www\.)(?:[^\s<>""'`]*[^\s<>""'`.,;:!?)\]])?|(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?<![\w@./\-])(?:[\w\-]+\.)+[a-z]{2,}/(?:[^\s<>""'`]*[^\s<>""'`.,;:!?)\]])?", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenAddress();

    // Each mark blanked out with letters, not spaces, so that what is left parses as before (no
    // line becomes indented code) and every link keeps its line and column; a link inside a mark leaves with the mark.
    private static string WithoutMarks(string text) => PersonalDataMarks.Blanked(text, 'x');
}
