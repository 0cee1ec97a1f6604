using System.Text;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Escapes text for HTML content and quoted attribute values. Only the five characters that can
/// end text or an attribute are replaced; ä, ö and å stay readable in the page source.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
