using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Yaml;

/// <summary>
/// A list typed in Word or on a phone: '- ' at the start of a line becomes a bullet of its own,
/// an en dash or '•', and a list pasted from a document has them too. YAML reads neither as an
/// item: 'topics:' over '  – schools' and '  – environment' is the one text '– schools –
/// environment', and '  • { title: … }' a field named '• { title'. Each such line (not one of a
/// 'proposal: |' text, nor one that continues a value begun above, 'title: Peruskorjaus' over
/// '  – vaihe 2', where a dash is text) is named with the hyphen to type, and nothing else
/// of the text is read, as after a syntax error.
/// </summary>
internal static class TypedBullets
{
    private const string Bullets = "–—−‐‑‒•◦▪·";

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(Bullets);

    /// <summary>Reports each such line; whether there was one.</summary>
    public static bool Check(YamlSource source, DiagnosticBag diagnostics, YamlCodes codes)
    {
        if (!LineStarts.Any(source.Text, Marks))
        {
            return false;
        }

        var lines = source.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var inBlock = YamlLines.BlockTextLines(lines);
        var inText = YamlLines.ContinuedText(lines, inBlock);
        var inQuotes = YamlLines.QuotedTextLines(lines, inBlock);
        var found = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart(' ');
            if (inText[i] || inQuotes[i] || text.Length < 2 || !Bullets.Contains(text[0]) || text[1] != ' ')
            {
                continue;
            }

            var indent = lines[i][..^text.Length];
            diagnostics.Error(codes.LineShape, new SourceLocation(source.Path, i + 1 + source.LineOffset, indent.Length + 1),
                MessageText.Format(YamlMessages.TypedBullet, text[0], (int)text[0], $"{indent}- {text[2..].TrimStart()}"));
            found = true;
        }

        return found;
    }
}
