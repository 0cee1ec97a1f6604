using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A list pasted from Word or a PDF, or typed on a phone, keeps the document's bullets ('•', the
/// Symbol font's U+F0B7, an en dash) where Markdown wants '- ': the items run together into one
/// paragraph on the page, 'Muutokset: • arkisin • lauantaisin'. Each such line is warned at with
/// the line to write. A dash begins an item only where the next or the line before begins with
/// one too: a single one continues a sentence ('kello 8' over '– 20'). Code is not looked at.
/// </summary>
public static class TypedListBullets
{
    private const string Bullets = "•◦▪‣●○■□·\uF0B7";

    private const string Dashes = "–—";

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(Bullets + Dashes);

    private const string Message = "this line begins with '{0}' (U+{1:X4}), a bullet a document or a phone types, which Markdown does not read as a list: the items run together into one paragraph on the page; begin each with '- ' instead: `- {2}`";

    /// <summary>One of a file's Markdown texts (<see cref="MarkdownField.Texts"/>).</summary>
    public static void Check(string markdown, MarkdownField.Place place, DiagnosticBag diagnostics)
    {
        if (!LineStarts.Any(markdown, Marks, maxIndent: 3))
        {
            return;
        }

        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var marks = lines.Select(Mark).ToArray();
        if (!marks.Any(m => m is not null))
        {
            return;
        }

        var code = MarkdownField.CodeLines(markdown, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (marks[i] is not { } mark || code[i]
                || (Dashes.Contains(mark) && !(i > 0 && marks[i - 1] == mark) && !(i + 1 < lines.Length && marks[i + 1] == mark)))
            {
                continue;
            }

            var text = lines[i].TrimStart(' ');
            var indent = lines[i].Length - text.Length;
            diagnostics.Warning(DiagnosticCodes.TypedListBullet, place(i, indent + 1), MessageText.Format(Message, mark, (int)mark, text[1..].Trim()));
        }
    }

    // The bullet a line begins with, after at most three spaces and followed by a space or a tab.
    private static char? Mark(string line)
    {
        var text = line.TrimStart(' ');
        return line.Length - text.Length < 4 && text.Length > 2 && (Bullets.Contains(text[0]) || Dashes.Contains(text[0])) && text[1] is ' ' or '\t'
            ? text[0]
            : null;
    }
}
