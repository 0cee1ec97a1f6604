using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>
/// Which link addresses in a text the checks of links read (so a withheld name in them is theirs
/// to tell), which are another site's, and the withheld and lasting files by their decisions' folders.
/// </summary>
internal static partial class ConfidentialFileNames
{
    // Whether the name written at 'at' is in the address of one of the links (<see cref="Linked"/>).
    private static bool LinksHere(int at, (int[] Starts, int[] Ends) linked)
    {
        // The last link that starts at or before the name, with the furthest end of those before it.
        var (low, high) = (0, linked.Starts.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = linked.Starts[middle] <= at ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && at < linked.Ends[low - 1];
    }

    // Where the addresses are written of the text's links of the kinds read that 'which' picks (the
    // site's own, <see cref="Ours"/>; another site's, <see cref="Elsewhere"/>): in the order of their
    // starts, each with the furthest end of those up to it.
    private static (int[] Starts, int[] Ends) Linked(string text, Links read, Func<string, bool> which)
    {
        var markdown = !read.HasFlag(Links.Markdown) ? [] : Markup.MarkdownSyntax.Links(text).Select(link => (link.Url, link.AddressSpan.Start, link.AddressSpan.Length));
        var raw = !read.HasFlag(Links.Raw) ? [] : Markup.RawHtmlLinks.Spans(text);
        var plain = !read.HasFlag(Links.Plain) ? [] : WebAddress().Matches(text).Select(m => (Url: m.Value, Start: m.Index, m.Length));
        var spans = markdown.Concat(raw).Concat(plain).Where(link => which(TextAsShown.Of(link.Url).Text)).Select(link => (link.Start, End: link.Start + link.Length)).OrderBy(link => link.Start).ToArray();
        var ends = new int[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            ends[i] = Math.Max(spans[i].End, i > 0 ? ends[i - 1] : 0);
        }

        return ([.. spans.Select(link => link.Start)], ends);
    }

    // Whether the checks of links tell of an address (as shown: its escapes read): a relative one
    // to a file, which is an attachment or refused; or one from the site's root or of this site,
    // however its host is spelt, into a withheld file's folder. Not a fragment or a query of the
    // page itself ('#liite.pdf'), nor one of another scheme ('mailto:', 'tel:'), which the page
    // shows as written and no check reads.
    private static bool Ours(string address, Uri site, Files folders)
    {
        if (address.StartsWith('#') || address.StartsWith('?'))
        {
            return false;
        }

        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var root = address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal);
        if (scheme < 0 && !root && !address.StartsWith("//", StringComparison.Ordinal) && !address.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            var colon = address.IndexOf(':');
            return (colon < 0 || address.IndexOfAny(['/', '?', '#']) is var slash && slash >= 0 && slash < colon) && !Tailed(address, folders);
        }

        return Uri.TryCreate(root ? new Uri(site, address).AbsoluteUri : Absolute(address, site), UriKind.Absolute, out var uri) && SameHost.As(uri, site)
            && (InFolder(uri.AbsolutePath, folders) || Lasting(uri.AbsolutePath, folders));
    }

    // Whether a web address is this site's address of a lasting published file ('https://…/fi/paatokset/2025/julkinen/liite-1.pdf').
    private static bool LastingAddress(string address, Uri site, Files folders) =>
        Uri.TryCreate(Absolute(address, site), UriKind.Absolute, out var uri) && SameHost.As(uri, site) && Lasting(uri.AbsolutePath, folders);

    // Whether a path of the site is a lasting published file, its decision's folder and its name
    // ('julkinen/liite-1.pdf'): the name in its address is that file's, whatever else shares it.
    private static bool Lasting(string path, Files folders) =>
        Parts(path) is { Length: >= 2 } parts && folders.Lasting[parts[^2]].Contains(parts[^1], StringComparer.Ordinal);

    // Whether the address's file is a withheld one's name with a tail a server may drop but the
    // checks of links do not read ('kauppakirja.pdf::$DATA', 'kauppakirja.pdf%00').
    private static bool Tailed(string address, Files folders)
    {
        var last = TextAsShown.Of(Markup.RawHtmlLinks.Decoded(address.Split('?', '#')[0])).Text.TrimEnd('.', ' ', '/');
        last = last[(last.LastIndexOf('/') + 1)..];
        return folders.Lengths.Any(length => length < last.Length && folders.Names.Contains(last[..length]));
    }

    // Whether an address is a web address of another site ('https://www.kemi.fi/…', '//…', 'www.…').
    private static bool Elsewhere(string address, Uri site) =>
        Uri.TryCreate(Absolute(address, site), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !SameHost.As(uri, site);

    // An address as a browser reads it: one without its scheme ('//…') takes the page's, 'www.…' is the web's.
    private static string Absolute(string address, Uri site) =>
        address.StartsWith("//", StringComparison.Ordinal) ? site.Scheme + ":" + address
        : address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + address
        : address;

    // Whether a path of the site ends in a withheld file's decision's folder and the file
    // ('tontti/kauppakirja.pdf'), with whatever a server drops after either ('tontti./kauppakirja.pdf.%20').
    private static bool InFolder(string path, Files folders) =>
        Parts(path) is { Length: >= 2 } parts && folders.ByFolder[parts[^2].TrimEnd('.', ' ')].Any(name => parts[^1].StartsWith(name, StringComparison.Ordinal));

    // A path's folders and file as shown, its percent-encoding read.
    private static string[] Parts(string path) =>
        TextAsShown.Of(Markup.RawHtmlLinks.Decoded(path)).Text.Split('/', StringSplitOptions.RemoveEmptyEntries);

    // Each withheld file's name by its decision's folder ('tontti', 'kauppakirja.pdf'), as shown;
    // and each lasting published one's.
    private static Files Folders(IEnumerable<Decision> withheld, IEnumerable<Decision> lasting) => new(ByFolder(withheld), ByFolder(lasting));

    private static ILookup<string, string> ByFolder(IEnumerable<Decision> decisions) => decisions
        .SelectMany(d => d.Attachments.Select(a => (Folder: TextAsShown.Of(d.Slug).Text, Name: TextAsShown.Of(FileName(a)).Text)))
        .ToLookup(f => f.Folder, f => f.Name, StringComparer.Ordinal);

    // The names once, and their lengths, so a text of many links is read in time proportional to it.
    private sealed class Files(ILookup<string, string> byFolder, ILookup<string, string> lasting)
    {
        public ILookup<string, string> ByFolder { get; } = byFolder;

        public ILookup<string, string> Lasting { get; } = lasting;

        public HashSet<string> Names { get; } = byFolder.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);

        public int[] Lengths { get; } = [.. byFolder.SelectMany(f => f).Select(n => n.Length).Distinct()];
    }
}
