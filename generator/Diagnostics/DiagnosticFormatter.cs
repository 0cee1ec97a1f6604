namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do (<c>path(line,col): error DP0001: message</c>), which
/// editors and CI logs turn into links; under GitHub Actions also as workflow annotations so
/// they appear on the lines of a pull request.
/// </summary>
/// <remarks>
/// A message quotes what an editor wrote, so every diagnostic is one line of visible text: line
/// breaks and control characters are shown escaped (\n, \u001B), or a value could start a line
/// of its own that a CI runner obeys as a workflow command (<c>::add-mask::</c>, a forged
/// <c>::error</c>) or send escape sequences to a terminal.
/// </remarks>
public static class DiagnosticFormatter
{
    /// <param name="catalogue">The editor's language (null: English); the position, "error" and the code stay as they are, for editors and CI to read.</param>
    public static string Format(Diagnostic d, MessageCatalogue? catalogue)
    {
        var severity = d.IsError ? "error" : "warning";
        var text = $"{Shown(d.Location)}: {severity} {d.Code}: {Visible(d.Text.Render(catalogue))}";
        text = d.Related is null ? text : $"{text} (at {Shown(d.Related)})";

        // The runner also takes the old form '##[command]' anywhere in a line that is not an annotation.
        return text.Replace("##[", "#\\u0023[", StringComparison.Ordinal);
    }

    public static string FormatGitHubAnnotation(Diagnostic d, MessageCatalogue? catalogue)
    {
        var severity = d.IsError ? "error" : "warning";
        var properties = $"file={Escape(Visible(d.Location.Path), true)}";
        if (d.Location.Line > 0)
        {
            properties += $",line={d.Location.Line},col={Math.Max(d.Location.Column, 1)}";
        }

        return $"::{severity} {properties},title={d.Code}::{Escape(Visible(d.Text.Render(catalogue)), false)}";
    }

    public static void WriteAll(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool gitHubActions, MessageCatalogue? catalogue = null)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Format(d, catalogue));
            if (gitHubActions)
            {
                writer.WriteLine(FormatGitHubAnnotation(d, catalogue));
            }
        }
    }

    /// <summary>The text with line breaks, control characters, invisible direction marks and zero-width characters written as escapes.</summary>
    public static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAny(Invisible))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when Invisible.Contains(c) => result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the format
    // characters (category Cf): the direction overrides that can make a line read differently
    // from what it holds, and the zero-width characters and the soft hyphen that make a name
    // differ from what it shows (a byte-order mark, a zero-width space, a word joiner).
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat([0x2028, 0x2029])
            .Concat(Enumerable.Range(0xA0, 0xFFFF - 0xA0).Where(i => !char.IsSurrogate((char)i) && char.GetUnicodeCategory((char)i) == UnicodeCategory.Format))
            .Select(i => (char)i)));

    // A path that starts (after spaces) with '::' would itself read as a command.
    private static string Shown(SourceLocation location)
    {
        var text = Visible(location.ToString());
        return text.TrimStart().StartsWith("::", StringComparison.Ordinal) ? "./" + text : text;
    }

    // The workflow-command syntax reserves these characters, encoded as the Actions toolkit does
    // (toolkit/packages/core/src/command.ts: escapeData, escapeProperty).
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
