namespace DecisionsPortal.Law;

/// <summary>
/// Personal data marked in text as <c>[[Matti Meikäläinen]]{.personal}</c>: double brackets round
/// the words, then <c>{.personal}</c> right after them (<c>{ .personal }</c>, Pandoc's spacing, is
/// the same mark). The words may wrap onto the next lines of a paragraph, as Markdown text does,
/// but not across a blank line. The Markdown extension renders a mark, and the Model stage
/// replaces every mark with a placeholder once the appeal period has ended; both use this one
/// pattern, so what is shown as personal data is exactly what is later removed. Anything that
/// looks almost like a mark is an error (<see cref="NearMisses"/>), never silently published text.
/// </summary>
public static partial class PersonalDataMarks
{
    public const string ClassName = "personal";

    [GeneratedRegex(@"\[\[(?<text>[^\[\]\r\n]+(?:\r?\n[ \t]*[^\[\]\s][^\[\]\r\n]*)*)\]\]\{[ \t]*\.personal[ \t]*\}")]
    public static partial Regex Pattern();

    // Brackets (one to three), words, brackets, then braces after at most a space or a line break:
    // the shapes an editor who meant a mark writes.
    [GeneratedRegex(@"(?<open>\[{1,3})(?<text>[^\[\]\r\n]+(?:\r?\n[ \t]*[^\[\]\s][^\[\]\r\n]*)*)(?<close>\]{1,3})(?<gap>[ \t]*(?:\r?\n[ \t]*)?)\{(?<attributes>[^{}\r\n]{0,60})\}")]
    private static partial Regex Shape();

    // The end of a mark alone: ']]' and braces. Words holding a bracket (a link, an image, another
    // mark) fit neither pattern above, so only this end shows that a mark was meant.
    [GeneratedRegex(@"\]\](?<gap>[ \t]*(?:\r?\n[ \t]*)?)\{(?<attributes>[^{}\r\n]{0,60})\}")]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>Whether the text may hold a mark or a near miss: every one has a '{' after a ']'.</summary>
    public static bool MayHave(string? text) => text is not null && text.Contains(']') && text.Contains('{');

    public static bool Has(string? text) => MayHave(text) && Pattern().IsMatch(text!);

    /// <summary>The words of a mark, a line break inside them read as the space it stands for.</summary>
    public static string Words(Match mark) => WhiteSpace().Replace(mark.Groups["text"].Value.Trim(), " ");

    /// <summary>The one-based line (counted from the text's first line) of every mark.</summary>
    public static IEnumerable<int> Lines(string text) => !MayHave(text)
        ? []
        : Pattern().Matches(text).Select(m => LineOf(text, m.Index));

    /// <summary>Plain text (a title, a name): the marks' words without the syntax.</summary>
    public static string Unmark(string text) => MayHave(text) ? Pattern().Replace(text, Words) : text;

    /// <summary>Plain text with every mark replaced by the placeholder.</summary>
    /// <summary>
    /// The text with each mark's characters replaced by <paramref name="filler"/>, its line breaks
    /// kept: what is left outside the marks keeps its lines, columns and places.
    /// </summary>
    public static string Blanked(string text, char filler) => !MayHave(text)
        ? text
        : Pattern().Replace(text, mark => string.Create(mark.Length, mark.Value, (span, value) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = value[i] is '\n' or '\r' ? value[i] : filler;
            }
        }));

    public static string RedactPlain(string text, string placeholder) => MayHave(text) ? Pattern().Replace(text, placeholder) : text;

    /// <summary>
    /// What looks like a mark but is not one, with the one-based line (from the text's first line)
    /// and column, and what is wrong, in words an editor can act on; the marked words are never repeated, so
    /// a message cannot carry personal data into a CI log.
    /// </summary>
    public static IEnumerable<(int Line, int Column, Diagnostics.MessageText Problem)> NearMisses(string? text)
    {
        if (!MayHave(text))
        {
            yield break;
        }

        var shapeEnds = new HashSet<int>();
        foreach (Match shape in Shape().Matches(text!))
        {
            shapeEnds.Add(shape.Index + shape.Length);
            var exact = Pattern().Match(text!, shape.Index);
            if (exact.Success && exact.Index == shape.Index && exact.Length == shape.Length)
            {
                continue;
            }

            if (Problem(shape) is { } problem)
            {
                yield return (LineOf(text!, shape.Index), ColumnOf(text!, shape.Index), problem);
            }
        }

        foreach (Match tail in Tail().Matches(text!))
        {
            if (!shapeEnds.Contains(tail.Index + tail.Length) && IsPersonal(tail.Groups["attributes"].Value.Trim().TrimStart('.', '#').Trim()))
            {
                yield return (LineOf(text!, tail.Index), ColumnOf(text!, tail.Index),
                    Diagnostics.MessageText.Of($"the words of a personal-data mark cannot hold a square bracket (a link, an image or another mark), so it would be published as written; {RightForm}"));
            }
        }
    }

    private static Diagnostics.MessageText RightForm => "write [[…]]{.personal}: two square brackets on each side of the words and {.personal} right after them";

    private static int ColumnOf(string text, int index) => index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;

    private static bool IsPersonal(string name) => string.Equals(name, ClassName, StringComparison.OrdinalIgnoreCase) || LooksLikePersonal(name);

    private static Diagnostics.MessageText? Problem(Match shape)
    {
        var attributes = shape.Groups["attributes"].Value.Trim();
        var name = attributes.TrimStart('.', '#').Trim();
        var brackets = shape.Groups["open"].Length == 2 && shape.Groups["close"].Length == 2;
        var personal = IsPersonal(name);

        // Braces after double brackets mean nothing else in Markdown here: any of them is a mark gone wrong.
        if (!brackets && !personal)
        {
            return null;
        }

        var form = RightForm;
        if (!brackets)
        {
            return Diagnostics.MessageText.Of($"a personal-data mark needs two square brackets on each side, not {shape.Groups["open"].Length} and {shape.Groups["close"].Length}; {form}");
        }

        if (shape.Groups["gap"].Length > 0)
        {
            return Diagnostics.MessageText.Of($"a personal-data mark has no space or line break between ']]' and '{{'; {form}");
        }

        if (attributes.StartsWith('.') && string.Equals(name, ClassName, StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostics.MessageText.Of($"a personal-data mark is written '{{.personal}}' in small letters, not '{{{attributes}}}'; {form}");
        }

        return Diagnostics.MessageText.Of($"'{{{attributes}}}' is not a personal-data mark; {form}");
    }

    // "personaali", "persnal", "Personal data", "henkilötieto": what an editor may type for it.
    private static bool LooksLikePersonal(string name)
    {
        var lowered = name.ToLowerInvariant();
        return lowered.StartsWith("pers", StringComparison.Ordinal) || lowered.StartsWith("henk", StringComparison.Ordinal)
            || Diagnostics.Suggestions.Closest(lowered, [ClassName]) is not null;
    }

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    /// <summary>The text with a backslash before each character Markdown may read as a sign.</summary>
    public static string EscapeMarkdown(string text) => MarkdownSign().Replace(text, @"\$&");

    [GeneratedRegex(@"[\\`*_\[\]{}<>#|!~]")]
    private static partial Regex MarkdownSign();
}
