using System.Text.RegularExpressions;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A link whose address holds a space (<c>[kutsu](kutsu kirje.pdf)</c>, a file's name typed as it
/// is) is no link to Markdown: the page shows the brackets and the address as text. Warned at its
/// line with the address in angle brackets, in which Markdown reads it with its spaces. Code (an
/// indented or fenced block, a span between backticks) is text on purpose and not looked at.
/// </summary>
public static partial class LinkWithSpaces
{
    public static void Check(string markdown, int firstLine, string path, DiagnosticBag diagnostics)
    {
        if (!markdown.Contains("](", StringComparison.Ordinal))
        {
            return;
        }

        var lines = markdown.Split('\n');
        var fenced = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (fenced || line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t'))
            {
                continue;
            }

            foreach (Match link in Spaced().Matches(line))
            {
                if (line.AsSpan(0, link.Index).Count('`') % 2 == 0)
                {
                    diagnostics.Warning(DiagnosticCodes.LinkAddressWithSpace, new SourceLocation(path, firstLine + i, link.Index + 1),
                        $"the address of this link has a space, so Markdown does not read it as a link and the page shows it as text: write the address in angle brackets, `[{link.Groups["text"].Value}](<{link.Groups["address"].Value}>)`");
                }
            }
        }
    }

    // '[text](an address with spaces)': no '<' that would make it one, no quote that would begin a title.
    [GeneratedRegex(@"(?<!!)\[(?<text>[^\[\]]+)\]\((?<address>[^()\s<>""']+(?:[ \t]+[^()\s<>""']+)+)\)")]
    private static partial Regex Spaced();
}
