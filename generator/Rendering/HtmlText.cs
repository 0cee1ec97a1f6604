namespace DecisionsPortal.Rendering;

/// <summary>
/// Escapes text for HTML content and quoted attribute values. Only the five characters that can
/// end text or an attribute are replaced; ä, ö and å stay readable in the page source.
/// </summary>
public static class HtmlText
{
    public const string Special = "&<>\"'";

    public static string Escape(string text)
    {
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        // Copy the runs between special characters whole, not character by character.
        var builder = new StringBuilder(text.Length + 16);
        var start = 0;
        while (next >= 0)
        {
            builder.Append(text, start, next).Append(Entity(text[start + next]));
            start += next + 1;
            next = text.AsSpan(start).IndexOfAny(Special);
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>The entity of one of the <see cref="Special"/> characters.</summary>
    public static string Entity(char special) => special switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => throw new ArgumentOutOfRangeException(nameof(special), special, "not a character HTML needs escaped"),
    };
}
