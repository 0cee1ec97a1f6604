using System.Text;
using System.Text.RegularExpressions;

namespace DecisionsPortal.Law;

/// <summary>
/// Personal data marked in text as <c>[[Matti Meikäläinen]]{.personal}</c>: double brackets round
/// the words, then <c>{.personal}</c>, on one line. The Markdown extension renders a mark, and the
/// Model stage replaces every mark with a placeholder once the appeal period has ended; both use
/// this one pattern, so what is shown as personal data is exactly what is later removed.
/// </summary>
public static partial class PersonalDataMarks
{
    public const string Suffix = "{.personal}";

    [GeneratedRegex(@"\[\[(?<text>[^\[\]\r\n]+)\]\]\{\.personal\}")]
    public static partial Regex Pattern();

    public static bool Has(string? text) => text is not null && text.Contains(Suffix, StringComparison.Ordinal) && Pattern().IsMatch(text);

    /// <summary>The one-based line (counted from the text's first line) of every mark.</summary>
    public static IEnumerable<int> Lines(string text) => !text.Contains(Suffix, StringComparison.Ordinal)
        ? []
        : Pattern().Matches(text).Select(m => 1 + text.AsSpan(0, m.Index).Count('\n'));

    /// <summary>Plain text (a title, a name): the marks' words without the syntax.</summary>
    public static string Unmark(string text) => Pattern().Replace(text, m => m.Groups["text"].Value);

    /// <summary>Plain text with every mark replaced by the placeholder.</summary>
    public static string RedactPlain(string text, string placeholder) => Pattern().Replace(text, placeholder);

    /// <summary>Markdown with every mark replaced by the placeholder, escaped so it reads as the words it is.</summary>
    public static string RedactMarkdown(string markdown, string placeholder) => Pattern().Replace(markdown, EscapeMarkdown(placeholder));

    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '{' or '}' or '<' or '>' or '#' or '|' or '!' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
