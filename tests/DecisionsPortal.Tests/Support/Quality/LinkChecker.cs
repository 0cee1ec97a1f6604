using AngleSharp.Dom;

namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// Our own broken-link checker over a built output folder: every internal address in an
/// <c>href</c>, <c>src</c> or <c>action</c> (a, link, script, img, source, form) must name a
/// file of the output, and a fragment must name an element id on that page. Addresses are
/// resolved as a browser would, against the page's own URL under the base URL, so one checker
/// covers a site at "/" and one under "/portal/" alike.
/// </summary>
public static class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] Addresses =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"), ("script[src]", "src"),
        ("img[src]", "src"), ("source[src]", "src"), ("iframe[src]", "src"), ("form[action]", "action"),
    ];

    /// <summary>Every broken address in the folder, one readable line each; empty when all resolve.</summary>
    public static IReadOnlyList<string> Check(string outputFolder, Uri baseUrl)
    {
        var pages = HtmlFiles.In(outputFolder).ToDictionary(f => f, f => Html.Parse(File.ReadAllText(Path.Combine(outputFolder, f))), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (file, document) in pages)
        {
            problems.AddRange(CheckPage(file, document, outputFolder, baseUrl, pages));
        }

        return problems;
    }

    /// <summary>The broken addresses of one page of the output.</summary>
    public static IEnumerable<string> CheckPage(string file, IDocument document, string outputFolder, Uri baseUrl, IReadOnlyDictionary<string, IDocument>? pages = null)
    {
        var pageUrl = new Uri(baseUrl, file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
        foreach (var (selector, attribute) in Addresses)
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                var problem = Resolve(value, pageUrl, document, outputFolder, baseUrl, pages);
                if (problem is not null)
                {
                    yield return $"{file}: <{element.LocalName} {attribute}=\"{value}\"> {problem}";
                }
            }
        }
    }

    private static string? Resolve(string value, Uri pageUrl, IDocument page, string outputFolder, Uri baseUrl, IReadOnlyDictionary<string, IDocument>? pages)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is empty";
        }

        if (!Uri.TryCreate(pageUrl, value.Trim(), out var target))
        {
            return "is not a valid address";
        }

        if (target.Scheme is "mailto" or "tel")
        {
            return null;
        }

        var sameOrigin = target.Scheme == baseUrl.Scheme && string.Equals(target.Authority, baseUrl.Authority, StringComparison.OrdinalIgnoreCase);
        if (!sameOrigin)
        {
            // Another site's address is not ours to check; anything on our own host is.
            return target.Scheme is "http" or "https" ? null : $"uses the scheme '{target.Scheme}:'";
        }

        if (!target.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal))
        {
            return $"leaves the site's base path {baseUrl.AbsolutePath}";
        }

        var relative = Uri.UnescapeDataString(target.AbsolutePath[baseUrl.AbsolutePath.Length..]);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        var fullPath = Path.GetFullPath(Path.Combine(outputFolder, file));
        if (!fullPath.StartsWith(Path.GetFullPath(outputFolder), StringComparison.Ordinal) || !File.Exists(fullPath))
        {
            return $"has no file {file} in the output";
        }

        var fragment = target.Fragment.TrimStart('#');
        if (fragment.Length == 0)
        {
            return null;
        }

        var targetPage = target.AbsolutePath == pageUrl.AbsolutePath ? page
            : pages?.GetValueOrDefault(file) ?? (file.EndsWith(".html", StringComparison.Ordinal) ? Html.Parse(File.ReadAllText(fullPath)) : null);
        return targetPage is null || targetPage.GetElementById(Uri.UnescapeDataString(fragment)) is not null
            ? null
            : $"points to #{fragment}, which {file} has no element for";
    }
}
