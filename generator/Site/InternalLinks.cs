using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

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
        DiagnosticBag diagnostics,
        ModelCache cache)
    {
        var found = new IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>?[pages.Count];
        Parallel.For(0, pages.Count, i => found[i] = cache.LinksOf(pages[i].Decision, LinksOf));

        // Most sites link between decisions now and then; none of the lookups is needed without links.
        if (found.All(links => links is null))
        {
            return pages;
        }

        var byFile = pages.ToDictionary(p => Path.GetFullPath(p.Decision.File.Path), StringComparer.Ordinal);
        var loadedFiles = loaded.Select(d => Path.GetFullPath(d.File.Path)).ToHashSet(StringComparer.Ordinal);
        var files = new TextAttachments(pages, loaded, paths);
        var result = new DecisionPage[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            if (found[i] is null)
            {
                result[i] = page;
                return;
            }

            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (url, location, isImage, onPage, raw) in found[i]!)
            {
                if (raw)
                {
                    files.CheckRaw(bag => isImage ? files.CheckImage(url, location, page, bag) : files.CheckLink(Split(url).Path, url, location, page, bag), url, location, page.Path, diagnostics);
                    continue;
                }

                if (!onPage)
                {
                    if (Withheld(url, location, isImage, page, files))
                    {
                        links[url] = DecisionPage.Withheld;
                    }

                    continue;
                }

                if (isImage)
                {
                    if (files.CheckImage(url, location, page, diagnostics))
                    {
                        links[url] = DecisionPage.Withheld;
                    }
                    else if (files.AsPublished(url.Split('#', '?')[0], page.Path) is { } shown)
                    {
                        links[url] = paths.Link(shown);
                    }

                    continue;
                }

                var href = ResolveOne(url, location, page, byFile, loadedFiles, paths, files, diagnostics);
                if (href is not null)
                {
                    links[url] = href;
                }
            }

            result[i] = links.Count == 0 ? page : WithoutWithheld(page with { Links = links });
        });
        return result;
    }

    /// <summary>
    /// A link, image or definition leading to what is withheld leaves the texts themselves (a link
    /// keeps its words unless they are its address), so that no stage after this one, the page,
    /// search, feeds, JSON-LD or the open data's Markdown, can show the file's name.
    /// </summary>
    private static DecisionPage WithoutWithheld(DecisionPage page)
    {
        if (!page.Links.Values.Contains(DecisionPage.Withheld))
        {
            return page;
        }

        bool Withheld(string url) => page.Links.TryGetValue(url, out var address) && address == DecisionPage.Withheld;
        Content.Decision Unlinked(Content.Decision d) => d with
        {
            Markdown = Markup.UnlinkedMarkdown.Without(d.Markdown, Withheld),
            Proposal = Markup.UnlinkedMarkdown.Without(d.Proposal, Withheld),
            DecisionText = d.DecisionText is null ? null : Markup.UnlinkedMarkdown.Without(d.DecisionText, Withheld),
            Legal = d.Legal?.Previous is null ? d.Legal : d.Legal with { Previous = Markup.UnlinkedMarkdown.Without(d.Legal.Previous, Withheld) },
        };

        var listed = Unlinked(page.Decision);
        return page with { Decision = listed.AsShownOnItsPage is { } own ? listed with { AsShownOnItsPage = Unlinked(own) } : listed };
    }

    /// <summary>
    /// Whether a link that is not on the page (of the text first published, 'previous:', or a link
    /// definition no link uses) must leave the open data, which carries the texts as Markdown: when
    /// it leads to an attachment the build date withholds, or to a file the page's own link could
    /// not publish (a confidential decision's attachment, a name in another case). The page shows
    /// that text's words only, not its links, so they are not errors; but the name of a file kept
    /// off the site must not be published either.
    /// </summary>
    private static bool Withheld(string url, SourceLocation location, bool isImage, DecisionPage page, TextAttachments files)
    {
        var quiet = new DiagnosticBag();
        var withheld = isImage ? files.CheckImage(url, location, page, quiet) : files.CheckLink(Split(url).Path, url, location, page, quiet);
        return withheld || quiet.HasErrors;
    }

    /// <summary>
    /// Every link of the body, the proposal and the decision (on the page), and of the text first
    /// published and every link definition (not on the page), with where it was written; null when there is none.
    /// </summary>
    private static IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>? LinksOf(Decision decision)
    {
        var links = AllLinksOf(decision).ToList();
        return links.Count == 0 ? null : links;
    }

    private static IEnumerable<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)> AllLinksOf(Decision decision)
    {
        foreach (var (markdown, place, onPage) in new (string?, Func<Markup.MarkdownLink, SourceLocation>, bool)[]
        {
            // Markdig counts lines and columns from zero, within the text it was given.
            (decision.Markdown, link => new SourceLocation(decision.File.Path, decision.MarkdownFirstLine + link.Line, link.Column + 1), true),
            // Front-matter fields are YAML scalars whose layout Markdig does not see: the field's line it is.
            (decision.Proposal, _ => decision.LocationOf("proposal"), true),
            (decision.DecisionText, _ => decision.LocationOf("decision"), true),
            (decision.Law.Previous, _ => decision.LocationOf("previous"), false),
        })
        {
            foreach (var link in Markup.MarkdownSyntax.Links(markdown ?? ""))
            {
                // A definition is on the page only through the links that use it, which are checked themselves.
                yield return (link.Url, place(link), link.IsImage, onPage && !link.IsDefinition, false);
            }
        }

        // Raw HTML's addresses of files, which the page shows as text, name them as its links do and
        // are checked as they are; one of a page is only words ('<img src=x>' pasted from a web page).
        // So in the title, an attachment's title and a dissent, which the page shows as text too.
        var texts = new (string?, SourceLocation?)[] { (decision.Markdown, null), (decision.Proposal, decision.LocationOf("proposal")), (decision.DecisionText, decision.LocationOf("decision")), (decision.Title, decision.LocationOf("title")) }
            .Concat(decision.Attachments.Select(a => ((string?)a.Title, (SourceLocation?)a.Location)))
            .Concat(decision.Law.Dissent.Select(d => (d.Text, (SourceLocation?)decision.LocationOf("dissent"))));
        foreach (var (text, field) in texts)
        {
            foreach (var (url, at) in Markup.RawHtmlLinks.In(text).Where(l => NamesAFile(l.Url)))
            {
                yield return (url, field ?? SourceLocation.InText(decision.File.Path, decision.MarkdownFirstLine, text!, at), false, true, true);
            }
        }
    }

    private static string? ResolveOne(
        string url,
        SourceLocation location,
        DecisionPage page,
        Dictionary<string, DecisionPage> byFile,
        HashSet<string> loadedFiles,
        SitePaths paths,
        TextAttachments files,
        DiagnosticBag diagnostics)
    {
        var (path, fragment) = Split(url);
        // A link starting '//' is another site's, with the page's scheme.
        if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !HasScheme(path) && !path.StartsWith("//", StringComparison.Ordinal))
        {
            // A path from a root ('/fi/2024/katto.md') leads to no file of the site; it is named below.
            var folder = Path.GetDirectoryName(Path.GetFullPath(page.Decision.File.Path))!;
            var target = path.StartsWith('/') ? "" : Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path)));
            if (byFile.TryGetValue(target, out var linked))
            {
                return paths.Link(linked.Path) + fragment;
            }

            if (target.Length > 0 && (loadedFiles.Contains(target) || File.Exists(target)))
            {
                diagnostics.Error(DiagnosticCodes.LinkToUnpublished, location,
                    $"the link '{url}' leads to a decision that is not published (a draft, withdrawn, or a file with errors); publish it or remove the link");
                return null;
            }

            diagnostics.Error(DiagnosticCodes.BrokenLink, location,
                $"the link '{url}' leads to a file that does not exist{DidYouMeanFile(path, folder, byFile.Keys)}");
            return null;
        }

        return files.CheckLink(path, url, location, page, diagnostics) ? DecisionPage.Withheld
            : files.AsPublished(path, page.Path) is { } file ? paths.Link(file) + fragment : null;
    }

    /// <summary>
    /// Links to the site's own pages, written as the page's address (absolute, the full URL or
    /// relative to the decision's page: '/fi/toimielin/kaupunginhallitus/', '../katto/'), must lead
    /// to a page the site has: a decision, an old address of one ('aliases:'), a listing, a case, a
    /// meeting or any other page of the sitemap. Checked when the whole model stands, so every kind
    /// of page is known; a link to a file ('liite.pdf', 'decisions.json') is not a page.
    /// </summary>
    public static void CheckPages(SiteModel site, DiagnosticBag diagnostics, ModelCache cache)
    {
        // Each decision's links as Resolve found them, looked up on both cores: most pages have none.
        var decisions = site.Decisions;
        var found = new IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>?[decisions.Count];
        Parallel.For(0, decisions.Count, i => found[i] = cache.LinksOf(decisions[i].Decision, LinksOf));
        var links = new List<(string Page, List<(string Url, SourceLocation Location)>? Links)>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i] is { } pageLinks)
            {
                links.Add((decisions[i].Path, pageLinks.Where(l => l.OnPage && !l.IsImage && !Split(l.Url).Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Select(l => (l.Url, l.Location)).ToList()));
            }
        }

        links.AddRange(MeetingNoteLinks.PageLinks(site.Council));
        links.RemoveAll(x => x.Links is not { Count: > 0 });
        if (links.Count == 0)
        {
            return;
        }

        var pages = PageCatalog.Paths(site);
        pages.UnionWith(site.Redirects.Select(r => r.Path));
        pages.UnionWith(ParentAddresses.Of(site).Keys);
        var feeds = new Lazy<HashSet<string>>(() => SiteFeeds.Paths(site));
        // A case of one decision has no page of its own: the link meant that decision's.
        var onlyHandling = site.Council.Cases.Where(c => !c.HasPage).ToDictionary(c => c.Path, c => c.Handlings[0].Path, StringComparer.Ordinal);
        foreach (var (page, pageLinks) in links)
        {
            foreach (var (url, location) in pageLinks!)
            {
                if (FeedOf(url, page, site.Config) is { } feed && !feeds.Value.Contains(feed))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, location,
                        $"the link '{url}' leads to a feed of the site that does not exist; check the address: copy it from the feed link on the page whose feed you mean");
                }
                else if (PageOf(url, page, site.Config) is { } path && !pages.Contains(path))
                {
                    var closest = onlyHandling.GetValueOrDefault(path) ?? Suggestions.Closest(path, pages);
                    var meant = closest is null ? MessageText.Empty : Suggestions.MeantThis(Written(url, closest, page, site.Config));
                    diagnostics.Error(DiagnosticCodes.BrokenLink, location,
                        $"the link '{url}' leads to a page of the site that does not exist{meant}");
                }
            }
        }
    }

    /// <summary>A page's address written as the link was: relative, from the site's root, or whole.</summary>
    private static string Written(string url, string path, string page, SiteConfig config)
    {
        var target = new Uri(config.BaseUrl, path);
        return HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal) ? target.AbsoluteUri
            : url.StartsWith('/') ? target.AbsolutePath
            : Uri.UnescapeDataString(new Uri(config.BaseUrl, page).MakeRelativeUri(target).OriginalString) is { Length: > 0 } relative ? relative : "./";
    }

    /// <summary>The site path of the feed a link leads to ('fi/asiat/kemi-12-2025/atom.xml', '…/calendar.ics'); null for any other address.</summary>
    private static string? FeedOf(string url, string page, SiteConfig config) =>
        SitePathOf(Split(url).Path, page, config) is { } path && path[(path.LastIndexOf('/') + 1)..] is "atom.xml" or CouncilPaths.FeedName ? path : null;

    /// <summary>The site path of the page a link leads to ('fi/aihe/talous/'); null for another site, a file or the page itself.</summary>
    private static string? PageOf(string url, string page, SiteConfig config)
    {
        if (Split(url).Path.Length == 0 || SitePathOf(url, page, config) is not { } path)
        {
            return null;
        }

        if (path.EndsWith("/index.html", StringComparison.Ordinal) || path == "index.html")
        {
            path = path[..^"index.html".Length];
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Contains('.') ? null : name.Length == 0 ? path : path + "/";
    }

    /// <summary>The unescaped path below the site's root that <paramref name="address"/>, written on <paramref name="page"/>, leads to; null for another site or scheme.</summary>
    private static string? SitePathOf(string address, string page, SiteConfig config)
    {
        var site = config.BaseUrl;
        return Uri.TryCreate(new Uri(site, page), address, out var target) && SameHost.As(target, site) && target.Port == site.Port
            && target.Scheme is "http" or "https" && target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal)
            ? Uri.UnescapeDataString(target.AbsolutePath[site.AbsolutePath.Length..]) : null;
    }

    // A path written from the repository's or the content folder's root ('content/fi/2024/katto.md',
    // as GitHub links files, or '/fi/2024/katto.md') names the file whose path ends with it; a name
    // alone, the nearest such file (the text's own language first). Else only the closest name:
    // a list of every decision would drown the message.
    private static MessageText DidYouMeanFile(string written, string folder, IEnumerable<string> files)
    {
        var tail = "/" + written.TrimStart('/');
        var candidates = files.Select(f => (Full: f.Replace('\\', '/'), Relative: Path.GetRelativePath(folder, f).Replace('\\', '/'))).ToList();
        var named = candidates.Where(c => c.Full.EndsWith(tail, StringComparison.Ordinal))
            .OrderBy(c => c.Relative.Length).ThenBy(c => c.Relative, StringComparer.Ordinal).Select(c => c.Relative).FirstOrDefault();
        return named is not null ? Suggestions.MeantThis(named)
            : Suggestions.Closest(written, candidates.Select(c => c.Relative)) is { } closest ? Suggestions.MeantThis(closest) : MessageText.Empty;
    }

    private static (string Path, string Fragment) Split(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    // Whether the address's last part is a file an attachment may be, or a feed.
    private static bool NamesAFile(string url)
    {
        var path = Split(url).Path;
        var name = path[(path.LastIndexOfAny(['/', '\\']) + 1)..];
        return name is "atom.xml" or CouncilPaths.FeedName || Content.AttachmentCheck.IsPublishedType(name);
    }

    internal static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
