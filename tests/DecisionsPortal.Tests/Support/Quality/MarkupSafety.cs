using AngleSharp.Dom;

namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// What may never be on a page of ours, whoever wrote the content: script other than the
/// theme's own files under assets/, a stylesheet or icon from another site, event-handler
/// attributes, inline style, frames and plugins,
/// a refresh or base element, and script, data or other active addresses; and every page must
/// carry our Content-Security-Policy.
/// </summary>
public static class MarkupSafety
{
    private static readonly string[] AddressAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "xlink:href"];

    public static IReadOnlyList<string> Check(BuiltSite site) =>
        HtmlFiles.In(site.Output)
            .SelectMany(file => CheckPage(file, Html.Parse(File.ReadAllText(Path.Combine(site.Output, file))), site.BaseUrl.AbsolutePath))
            .ToList();

    // The theme's scripts, and the search index's manifest the generator writes as a script file.
    private static bool IsThemeScript(IElement element, string basePath) =>
        element.GetAttribute("src") is { } src && element.TextContent.Length == 0
        && (src.StartsWith(basePath + "assets/", StringComparison.Ordinal) || src.StartsWith(basePath + "search/", StringComparison.Ordinal));

    // schema.org JSON-LD in the head is data, not script: browsers never run it. It must parse as
    // JSON and hold no '<', so that nothing in it can close the element early.
    private static bool IsStructuredData(IElement element)
    {
        if (element.GetAttribute("type") != "application/ld+json" || element.ParentElement?.LocalName != "head" || element.TextContent.Contains('<'))
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public static IEnumerable<string> CheckPage(string file, IDocument page, string basePath)
    {
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            if (name is "iframe" or "frame" or "object" or "embed" or "applet" or "style" or "base")
            {
                yield return $"{file}: <{name}> element";
            }

            if (name == "script" && !IsThemeScript(element, basePath) && !IsStructuredData(element))
            {
                yield return $"{file}: <script> that is not one of the theme's files: {Outer(element)}";
            }

            if (name == "link" && (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(r => r is "stylesheet" or "icon" or "preload" or "modulepreload" or "manifest")
                && !(element.GetAttribute("href") is { } href && href.StartsWith(basePath, StringComparison.Ordinal) && !href.StartsWith("//", StringComparison.Ordinal)))
            {
                yield return $"{file}: <link rel={element.GetAttribute("rel")}> to a file that is not the site's own (no CDN, no external font): {Outer(element)}";
            }

            if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && !(element.GetAttribute("content") is { } refresh && refresh.StartsWith("0; url=" + basePath, StringComparison.Ordinal)))
            {
                yield return $"{file}: <meta http-equiv=refresh>";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{file}: event handler {attribute.Name} on <{name}>";
                }
                else if (attribute.Name == "style")
                {
                    yield return $"{file}: inline style on <{name}>";
                }
                else if (AddressAttributes.Contains(attribute.Name) && ActiveScheme(attribute.Value) is { } scheme
                    && !(scheme == "data" && name == "img"))
                {
                    yield return $"{file}: {scheme}: address in {attribute.Name} of <{name}>";
                }
            }
        }

        var policies = page.QuerySelectorAll("head meta[http-equiv]")
            .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content"))
            .ToList();
        if (policies is not [DecisionsPortal.Rendering.SecurityPolicy.ContentSecurityPolicy])
        {
            yield return $"{file}: the page does not carry exactly our Content-Security-Policy meta element (found {policies.Count})";
        }
    }

    private static string? ActiveScheme(string value)
    {
        // Browsers drop ASCII whitespace and control characters inside a scheme: "java\tscript:" runs.
        var cleaned = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        foreach (var scheme in new[] { "javascript", "vbscript", "data", "file" })
        {
            if (cleaned.StartsWith(scheme + ":", StringComparison.Ordinal))
            {
                return scheme;
            }
        }

        return null;
    }

    private static string Outer(IElement element)
    {
        var html = element.OuterHtml;
        return html.Length > 120 ? html[..120] + "…" : html;
    }
}
