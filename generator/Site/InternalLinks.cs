using System.Text.RegularExpressions;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Site;

/// <summary>
/// Links from one decision to another must lead somewhere. Editors may link a decision's file
/// ("../2024/katto.md"), which is resolved here and rendered as the page's address, or the page's
/// address itself ("/fi/paatokset/2024/katto/" or the full URL). A link that leads nowhere is an
/// error at its line and column, so a broken link never reaches the published site. The text's
/// images, and its links to files, are checked in the same pass by <see cref="TextAttachments"/>.
/// </summary>
public static class InternalLinks
{
    public static IReadOnlyList<DecisionPage> Resolve(
        IReadOnlyList<DecisionPage> pages,
        IReadOnlyList<Decision> loaded,
        SitePaths paths,
        SiteConfig config,
        DiagnosticBag diagnostics,
        ModelCache cache)
    {
        var found = new IReadOnlyList<(string Url, SourceLocation Location, bool IsImage)>?[pages.Count];
        Parallel.For(0, pages.Count, i => found[i] = cache.LinksOf(pages[i].Decision, LinksOf));

        // Most sites link between decisions now and then; none of the lookups is needed without links.
        if (found.All(links => links is null))
        {
            return pages;
        }

        var byFile = pages.ToDictionary(p => FullPath(p.Decision.File.Path), StringComparer.Ordinal);
        // Two files with one address are reported by the pairing; here either of them will do.
        var byPath = pages.GroupBy(p => p.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var loadedFiles = loaded.Select(d => FullPath(d.File.Path)).ToHashSet(StringComparer.Ordinal);

        // An old address kept by 'aliases:' still leads to its decision (through a redirect page).
        var aliases = pages.SelectMany(p => p.Decision.Aliases)
            .Select(a => a.Path.TrimStart('/'))
            .Select(path => path.EndsWith('/') ? path : path + "/")
            .ToHashSet(StringComparer.Ordinal);
        var decisionAddress = DecisionAddress(config);
        var files = new TextAttachments(pages, paths);
        var result = new DecisionPage[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (url, location, isImage) in found[i] ?? [])
            {
                if (isImage)
                {
                    files.CheckImage(url, location, page, diagnostics);
                    continue;
                }

                var href = ResolveOne(url, location, page, byFile, byPath, aliases, loadedFiles, decisionAddress, paths, config, files, diagnostics);
                if (href is not null)
                {
                    links[url] = href;
                }
            }

            result[i] = links.Count == 0 ? page : page with { Links = links };
        });
        return result;
    }

    /// <summary>Every link of the body, the proposal and the decision, with where it was written; null when there is none.</summary>
    private static IReadOnlyList<(string Url, SourceLocation Location, bool IsImage)>? LinksOf(Decision decision)
    {
        var links = AllLinksOf(decision).ToList();
        return links.Count == 0 ? null : links;
    }

    private static IEnumerable<(string Url, SourceLocation Location, bool IsImage)> AllLinksOf(Decision decision)
    {
        foreach (var (markdown, place) in new (string?, Func<LinkInline, SourceLocation>)[]
        {
            // Markdig counts lines and columns from zero, within the text it was given.
            (decision.Markdown, link => new SourceLocation(decision.File.Path, decision.MarkdownFirstLine + link.Line, link.Column + 1)),
            // Front-matter fields are YAML scalars whose layout Markdig does not see: the field's line it is.
            (decision.Proposal, _ => decision.LocationOf("proposal")),
            (decision.DecisionText, _ => decision.LocationOf("decision")),
        })
        {
            foreach (var link in Markup.MarkdownSyntax.Links(markdown ?? ""))
            {
                yield return (link.Url!, place(link), link.IsImage);
            }
        }
    }

    private static string? ResolveOne(
        string url,
        SourceLocation location,
        DecisionPage page,
        Dictionary<string, DecisionPage> byFile,
        Dictionary<string, DecisionPage> byPath,
        HashSet<string> aliases,
        HashSet<string> loadedFiles,
        Regex decisionAddress,
        SitePaths paths,
        SiteConfig config,
        TextAttachments files,
        DiagnosticBag diagnostics)
    {
        var (path, fragment) = Split(url);
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !HasScheme(path) && !path.StartsWith('/'))
        {
            var folder = Path.GetDirectoryName(FullPath(page.Decision.File.Path))!;
            var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
            if (byFile.TryGetValue(target, out var linked))
            {
                return paths.Link(linked.Path) + fragment;
            }

            if (loadedFiles.Contains(target) || File.Exists(target))
            {
                diagnostics.Error(DiagnosticCodes.LinkToUnpublished, location,
                    $"the link '{url}' leads to a decision that is not published (a draft, withdrawn, or a file with errors); publish it or remove the link");
                return null;
            }

            var candidates = byFile.Keys.Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
            diagnostics.Error(DiagnosticCodes.BrokenLink, location,
                $"the link '{url}' leads to a file that does not exist{DidYouMean(path, candidates)}");
            return null;
        }

        files.CheckLink(path, url, location, page, diagnostics);
        var sitePath = SitePath(path, config);
        if (sitePath is not null && decisionAddress.IsMatch(sitePath))
        {
            var normalised = sitePath.EndsWith('/') ? sitePath : sitePath + "/";
            if (!byPath.ContainsKey(normalised) && !aliases.Contains(normalised))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, location,
                    $"the link '{url}' leads to a decision page that does not exist{DidYouMean(normalised, byPath.Keys)}");
            }
        }

        return null;
    }

    /// <summary>The address relative to the site's base, when the link points into the site at all.</summary>
    private static string? SitePath(string path, SiteConfig config)
    {
        var absolute = config.BaseUrl.AbsoluteUri;
        if (path.StartsWith(absolute, StringComparison.OrdinalIgnoreCase))
        {
            return path[absolute.Length..];
        }

        return path.StartsWith(config.BasePath, StringComparison.Ordinal) && !path.StartsWith("//", StringComparison.Ordinal)
            ? path[config.BasePath.Length..]
            : null;
    }

    // "fi/paatokset/2025/slug/" for every language and its own path segment.
    private static Regex DecisionAddress(SiteConfig config)
    {
        var alternatives = config.Languages.Select(l => $"{Regex.Escape(l)}/{Regex.Escape(config.Strings[l].Segments.Decisions)}");
        return new Regex($"^(?:{string.Join('|', alternatives)})/[0-9]{{4}}/[^/]+/?$", RegexOptions.CultureInvariant);
    }

    // Only the closest name: a list of every decision would drown the message.
    private static MessageText DidYouMean(string written, IEnumerable<string> candidates) =>
        Suggestions.Closest(written, candidates) is { } closest ? Suggestions.MeantThis(closest) : MessageText.Empty;

    private static (string Path, string Fragment) Split(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    internal static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static string FullPath(string shown) => Path.GetFullPath(shown);
}
