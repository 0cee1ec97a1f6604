using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A link whose address holds a space (<c>[kutsu](kutsu kirje.pdf)</c>, a file's name typed as it
/// is) is no link to Markdown: the page shows the brackets and the address as text. Warned at its
/// line with the address in angle brackets, in which Markdown reads it with its spaces. Code (an
/// indented or fenced block, a span between backticks) is text on purpose and not looked at; an
/// indented line that is not code (a list item's paragraph, a paragraph's next line) is.
/// </summary>
public static partial class LinkWithSpaces
{
    /// <summary>One of a file's Markdown texts (<see cref="MarkdownField.Texts"/>).</summary>
    public static void Check(string markdown, MarkdownField.Place place, DiagnosticBag diagnostics)
    {
        if (!markdown.Contains("](", StringComparison.Ordinal) || !Spaced().IsMatch(markdown))
        {
            return;
        }

        var lines = markdown.Split('\n');
        var code = MarkdownField.CodeLines(markdown, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (code[i])
            {
                continue;
            }

            foreach (Match link in Spaced().Matches(line))
            {
                if (line.AsSpan(0, link.Index).Count('`') % 2 == 0)
                {
                    diagnostics.Warning(DiagnosticCodes.LinkAddressWithSpace, place(i, link.Index + 1),
                        $"the address of this link has a space, so Markdown does not read it as a link and the page shows it as text: write the address in angle brackets, `[{link.Groups["text"].Value}](<{link.Groups["address"].Value}>)`");
                }
            }
        }
    }

    // '[text](an address with spaces)': no '<' that would make it one, no quote that would begin a title.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]+)\]\((?<address>[^()\s<>""']+(?:[ \t]+[^()\s<>""']+)+)\)")]
    private static partial Regex Spaced();
}
