namespace DecisionsPortal.Markup;

/// <summary>
/// HTML's entities as the page shows them: every name HTML knows ('&amp;ZeroWidthSpace;',
/// '&amp;period;', as Markdig reads them) and every number ('&amp;#46;'), not only the older list
/// that <see cref="System.Net.WebUtility.HtmlDecode(string)"/> knows.
/// </summary>
public static partial class HtmlEntities
{
    public static string Decode(string text) =>
        !text.Contains('&') ? text : System.Net.WebUtility.HtmlDecode(Named().Replace(text, m => Markdig.Helpers.EntityHelper.DecodeEntity(m.Groups[1].ValueSpan) ?? m.Value));

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Named();
}
