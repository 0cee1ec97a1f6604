using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A file that a decision's text shows or links is published only when it is an attachment, which
/// lies beside its decision's page: '![Kaavio](kaavio.png)' and '[liite](liite.pdf)' find the
/// decision's own attachments 'kaavio.png' and 'liite.pdf', '../toinen/liite.pdf' another
/// decision's. A file that only lies beside the decision is not published, and an image from
/// another site is blocked by the site's own policy (img-src 'self') and would tell that site who
/// reads the decision. Each is an error at the image or link, not a broken image or link on the site.
/// An attachment the file lists but the build date withholds (<c>personal: [attachments]</c> past
/// its appeal period) was valid to show and link, and must not turn the build that removes it into
/// a failed one, which would leave it on the site: its images and links are dropped instead
/// (<see cref="DecisionPage.Links"/>). A meeting's notes are read the same way (<see cref="MeetingNoteLinks"/>).
/// </summary>
public sealed class TextAttachments(IReadOnlyList<DecisionPage> pages, IReadOnlyList<Content.Decision> loaded, SitePaths paths)
{
    private readonly Lazy<HashSet<string>> published = new(() => Published(pages, paths, StringComparer.Ordinal));

    private readonly Lazy<HashSet<string>> publishedInAnyCapitals = new(() => Published(pages, paths, StringComparer.OrdinalIgnoreCase));

    // The published attachments by their names composed ('ä', where a Mac or a zip stores 'a' and a
    // mark of its own, and the name under 'attachments:' is copied from it), each the file as published.
    private readonly Lazy<Dictionary<string, string>> publishedComposed = new(() =>
        Published(pages, paths, StringComparer.Ordinal).GroupBy(Composed, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(StringComparer.Ordinal)!, StringComparer.Ordinal));

    // The decision pages' folders, where only their attachments are files.
    private readonly Lazy<HashSet<string>> folders = new(() => pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));

    // Every attachment the files of the non-confidential pages list, published or not: asked only
    // about a file that is not published. A confidential decision's attachments are withheld
    // whatever the date, so linking them stays an error.
    private readonly Lazy<HashSet<string>> listed = new(() =>
    {
        var files = loaded.Where(d => d.Attachments.Count > 0).ToLookup(d => d.File.Path, StringComparer.Ordinal);
        return pages.Where(p => !p.Decision.Law.Confidential)
            .SelectMany(p => files[p.Decision.File.Path].SelectMany(d => d.Attachments).Select(a => paths.Attachment(p, a)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    // The attachments under 'personal:', published only until their decision's last day.
    private readonly Lazy<HashSet<string>> expiring = new(() =>
    {
        var files = loaded.Where(d => d.Law.Personal.Contains("attachments")).ToLookup(d => d.File.Path, StringComparer.Ordinal);
        return pages.SelectMany(p => files[p.Decision.File.Path].SelectMany(d => d.Attachments).Select(a => paths.Attachment(p, a)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    });

    // The attachments no build publishes, by the folder each lies in at each of the site's languages'
    // addresses for its decision (the decision has no page there, which the file's name on it would
    // be all the more): a confidential decision's, whatever the date; and a withdrawn decision's,
    // taken off the site with it, so a link to one leads nowhere and names what was withdrawn.
    private readonly Lazy<ILookup<string, string>> secret = new(() => Folders(paths, loaded.Where(d => d.Law.Confidential)));

    private readonly Lazy<ILookup<string, string>> withdrawn = new(() => Folders(paths, loaded.Where(d => d.Law.Withdrawn)));

    // The attachments of the drafts, which this build does not publish: not until the draft is, so a
    // link to one leads nowhere and names the file before its decision is public. Not refused: the
    // draft may be published tomorrow.
    private readonly Lazy<ILookup<string, string>> drafts = new(() => Folders(paths, loaded.Where(d => d.Draft && !d.Law.Confidential)));

    /// <returns>Whether the image shows an attachment the build date withholds, and must go.</returns>
    public bool CheckImage(string url, SourceLocation location, DecisionPage page, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var example = name.Length > 0 && Content.AttachmentCheck.Published.Contains(Path.GetExtension(name).TrimStart('.')) ? name : "kaavio.png";
        if (WithheldByAddress(path, page.Path))
        {
            return true;
        }

        if (Refused(path, url, true, location, page.Path, diagnostics))
        {
            return false;
        }

        if (OfDraft(path, url, location, page.Path, diagnostics))
        {
            return true;
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || InternalLinks.HasScheme(path))
        {
            diagnostics.Error(DiagnosticCodes.ImageOnAnotherSite, location,
                $"the image '{url}' is on another site, whose images the site does not show (nor tell it who reads the decision): save the image beside the decision, list it under 'attachments:' and show it as '![…]({example})'");
            return false;
        }

        if (path.StartsWith('/'))
        {
            // As a link written so: into a decision's folder, the image is one that decision publishes, or none.
            if (NoFileAt(path, page.Path))
            {
                diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                    $"the image '{url}' is a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'");
            }

            return false;
        }

        if (IsIn(published.Value, path, page.Path) || AsPublished(path, page.Path) is not null)
        {
            return false;
        }

        if (IsIn(listed.Value, path, page.Path))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
            $"the image '{url}' is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Kaavio, file: {example} }}'");
        return false;
    }

    /// <summary>A relative link to a file of a published type ('liite.pdf'), which only an attachment at that address publishes.</summary>
    /// <returns>Whether the link leads to an attachment the build date withholds, and must lose its address.</returns>
    public bool CheckLink(string path, string url, SourceLocation location, DecisionPage page, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(path);
        if (WithheldByAddress(path, page.Path))
        {
            return true;
        }

        if (Refused(path, url, false, location, page.Path, diagnostics))
        {
            return false;
        }

        if (OfDraft(path, url, location, page.Path, diagnostics))
        {
            return true;
        }

        if (path.Length == 0 || path[0] is '#' or '?' || !Content.AttachmentCheck.Published.Contains(Path.GetExtension(name).TrimStart('.')))
        {
            return false;
        }

        if (path[0] == '/' || InternalLinks.HasScheme(path))
        {
            // Written as its address on the site: into a decision's folder, the file is one that decision publishes, or none.
            if (NoFileAt(path, page.Path))
            {
                diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                    $"the link '{url}' leads to a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'");
            }

            return false;
        }

        if (IsIn(published.Value, path, page.Path) || AsPublished(path, page.Path) is not null)
        {
            return false;
        }

        if (IsIn(listed.Value, path, page.Path))
        {
            return true;
        }

        // Out of the decision's folder ('../../../decisions.csv'), the address is a file of the site
        // as one written from its root is, and the same check tells whether the site has it.
        if (Relative(path, page.Path) is { } file && !file.StartsWith(page.Path, StringComparison.Ordinal))
        {
            if (NoFile(file))
            {
                diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                    $"the link '{url}' leads to a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'");
            }

            return false;
        }

        diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
            $"the link '{url}' leads to a file that is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Liite, file: {name} }}'");
        return false;
    }

    /// <summary>
    /// A link or image of a meeting file's notes, which has no attachments of its own but is staff
    /// text on a public page as a decision's is: an attachment that is never published (a
    /// confidential or withdrawn decision's) is an error, and one the build date withholds loses its
    /// address, and an image from another site is refused as in a decision. Any other file is the notes'
    /// own affair, as an address of the site is for a decision.
    /// </summary>
    /// <param name="page">The meeting page's path, from which a relative address is read.</param>
    /// <returns>Whether the link leads to an attachment the build date withholds, and must lose its address.</returns>
    public bool CheckNoteLink(string url, bool isImage, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        if (Refused(path, url, isImage, location, page, diagnostics))
        {
            return false;
        }

        if (isImage && (path.StartsWith("//", StringComparison.Ordinal) || InternalLinks.HasScheme(path)) && SiteFile(path, page) is null)
        {
            diagnostics.Error(DiagnosticCodes.ImageOnAnotherSite, location,
                $"the image '{url}' is on another site, whose images the site does not show (nor tell it who reads the page): remove the image, or show one the site publishes, such as a decision's attachment");
            return false;
        }

        if (OfDraft(path, url, location, page, diagnostics) || (Names(listed.Value, path, page) && !Names(published.Value, path, page)))
        {
            return true;
        }

        // A file the site does not have, in a decision's folder or below a language's: a dead link, as in a decision.
        if (NotesFile(path, page) is { } file && NoFile(file))
        {
            if (isImage)
            {
                diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                    $"the image '{url}' is a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                    $"the link '{url}' leads to a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'");
            }
        }

        return false;
    }

    /// <summary>
    /// A raw HTML link or image ('&lt;a href="liite.pdf"&gt;'), which the page shows as written, address
    /// and all, checked by <paramref name="check"/> as a Markdown one is; but it cannot lose its address
    /// as a Markdown link does, so one to an attachment the build withholds (a draft's, one past its
    /// personal data's last day) is an error, not the warning a Markdown link gets. So is one to an
    /// attachment under 'personal:' before its last day: the error would come first on the nightly
    /// build after that day, and a failed build leaves the old site, the expired file with it, online.
    /// </summary>
    /// <param name="page">The path of the page the text is on, from which a relative address is read.</param>
    public void CheckRaw(Func<DiagnosticBag, bool> check, string url, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        if (check(found) || Names(expiring.Value, url.Split('#', '?')[0], page))
        {
            diagnostics.Error(DiagnosticCodes.RawLinkWithheld, location,
                $"the raw HTML link or image '{url}' leads to an attachment that is not published or not for long (a draft's, or one under 'personal:', removed after its last day); raw HTML is published as written, address and name, and cannot lose its address: write it as a Markdown link, '[…](…)', which does");
        }

        diagnostics.AddRange(found.ToSortedList().Where(d => d.Code != DiagnosticCodes.LinkToDraftAttachment));
    }

    // The file of the site a note's address names, relative or the site's own, when it is of a type an attachment may be.
    private string? NotesFile(string path, string page)
    {
        var file = path.StartsWith("//", StringComparison.Ordinal) || InternalLinks.HasScheme(path) || path.StartsWith('/') ? SiteFile(path, page)
            : path.Length == 0 || path[0] is '#' or '?' ? null : Relative(path, page);
        return file is not null && Content.AttachmentCheck.Published.Contains(Path.GetExtension(file).TrimStart('.')) ? file : null;
    }

    // A link or image that names a draft's attachment this build does not publish: it loses its address, with a warning.
    private bool OfDraft(string path, string url, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        if (!Names(drafts.Value, path, page) || Names(published.Value, path, page))
        {
            return false;
        }

        diagnostics.Warning(DiagnosticCodes.LinkToDraftAttachment, location,
            $"the link or image '{url}' leads to an attachment of a draft decision, which is not published while that decision is a draft: the page shows the link's text without the address until it is published");
        return true;
    }

    // A link or image that names a file never published: a confidential or a withdrawn decision's attachment.
    private bool Refused(string path, string url, bool isImage, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        if (Confidential(path, page))
        {
            if (isImage)
            {
                diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                    $"the image '{url}' shows an attachment of a confidential decision, which is never published, nor its name: remove the image");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                    $"the link '{url}' leads to an attachment of a confidential decision, which is never published, nor its name: remove the link");
            }

            return true;
        }

        if (Withdrawn(path, page))
        {
            if (isImage)
            {
                diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                    $"the image '{url}' shows an attachment of a withdrawn decision, which left the site with it: remove the image");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
                    $"the link '{url}' leads to an attachment of a withdrawn decision, which left the site with it: remove the link");
            }

            return true;
        }

        return false;
    }

    // An attachment written as its address on the site ('/fi/paatokset/2025/avustus/hakemus.pdf', or
    // the full URL) rather than beside the page: not checked as a relative one is, but withheld all the same.
    // A published attachment's address in other capitals is not withheld but a wrong address (a
    // host that tells capitals apart has no such file), which the check of site addresses tells.
    private bool WithheldByAddress(string path, string page) =>
        SiteFile(path, page) is { } file && listed.Value.Contains(file) && !publishedInAnyCapitals.Value.Contains(file);

    private static HashSet<string> Published(IReadOnlyList<DecisionPage> pages, SitePaths paths, StringComparer names) =>
        pages.SelectMany(p => p.Decision.PublishedFiles.Select(a => paths.Attachment(p, a))).ToHashSet(names);

    private bool Confidential(string path, string page) => Names(secret.Value, path, page);

    private bool Withdrawn(string path, string page) => Names(withdrawn.Value, path, page) && !Names(published.Value, path, page);

    // Whether the address, relative or the site's own, names one of the files, as the set compares names.
    private bool Names(HashSet<string> files, string path, string page) =>
        (path.StartsWith('/') || InternalLinks.HasScheme(path) ? SiteFile(path, page) : Relative(path, page)) is { } file && files.Contains(file);

    // Whether the address names a file that is not published: decoded as a server may (see
    // RawHtmlLinks.Decoded), it lies in one of the files' folders, and its last part begins
    // with one of their names, in any capitals, as whatever follows the name ('.', ' ', '::$DATA',
    // ';jsessionid=1') may be dropped by a server that serves the file.
    private bool Names(ILookup<string, string> files, string path, string page)
    {
        path = Markup.RawHtmlLinks.Decoded(path);
        return (path.StartsWith('/') || InternalLinks.HasScheme(path) ? SiteFile(path, page) : Relative(path, page)) is { } file
            && Split(file) is var (folder, last)
            && files[folder].Any(name => last.StartsWith(name, StringComparison.OrdinalIgnoreCase));
    }

    private static ILookup<string, string> Folders(SitePaths site, IEnumerable<Content.Decision> decisions) => decisions
        .SelectMany(d => d.Attachments.SelectMany(a => site.Languages.Select(language => Split(site.Decision(language, d.Date, d.Slug) + a.File.Replace('\\', '/')))))
        .ToLookup(file => file.Folder, file => file.Name, StringComparer.OrdinalIgnoreCase);

    // A file's folder and name, each folder read without what follows its name ('kiinteistokauppa.'),
    // which a Windows server drops.
    private static (string Folder, string Name) Split(string file)
    {
        var parts = file.Split('/');
        return (string.Join('/', parts[..^1].Select(part => part.TrimEnd(' ', '.'))), parts[^1]);
    }

    // Whether an address written as its address on the site leads to a file the site does not have (<see cref="NoFile"/>).
    private bool NoFileAt(string path, string page) => SiteFile(path, page) is { } file && NoFile(file);

    // Whether the site has no such file: one in a decision page's folder (or one below it) that the
    // decision does not publish, or one of an attachment's type in a folder below a language's
    // ('fi/paatokset/2025/eiole/', 'fi/asiat/…/'), where the site writes no such file but an
    // attachment; not one in a language's own folder, which holds its open data ('fi/decisions.csv').
    private bool NoFile(string file)
    {
        if (published.Value.Contains(file) || publishedComposed.Value.ContainsKey(Composed(file)))
        {
            return false;
        }

        for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
        {
            if (folders.Value.Contains(file[..(slash + 1)]))
            {
                return true;
            }
        }

        return Content.AttachmentCheck.Published.Contains(Path.GetExtension(file).TrimStart('.'))
            && paths.Languages.Any(language => file.StartsWith(language + "/", StringComparison.Ordinal) && file.IndexOf('/', language.Length + 1) >= 0);
    }

    // The file of the site an address written as its address on the site names; null for a relative address or another site's.
    private string? SiteFile(string path, string page)
    {
        var site = paths.BaseUrl;
        if (!(path.StartsWith('/') || InternalLinks.HasScheme(path))
            || !Uri.TryCreate(new Uri(site, page), path.Replace('\\', '/'), out var target)
            || target.Scheme is not ("http" or "https") || !SameHost.As(target, site)
            || OneSlash(target.AbsolutePath) is not { } absolute || !absolute.StartsWith(site.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        return OneSlash(Uri.UnescapeDataString(absolute[site.AbsolutePath.Length..]));
    }

    // The file of the site a relative address names: where the browser takes it from the page's own.
    private static string? Relative(string relative, string page) =>
        Uri.TryCreate(new Uri("https://site.invalid/" + page), relative.Replace('\\', '/'), out var target)
            ? OneSlash(Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/')))
            : null;

    private static bool IsIn(HashSet<string> files, string relative, string page) => Relative(relative, page) is { } file && files.Contains(file);

    /// <summary>The address of the published file that a link means by another spelling of its name (<see cref="AsPublished"/>), with the link's fragment; null if none.</summary>
    public string? StoredAddress(string url, string page)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return AsPublished(cut < 0 ? url : url[..cut], page) is { } file ? paths.Link(file) + (cut < 0 ? "" : url[cut..]) : null;
    }

    /// <summary>
    /// The published attachment that a link or image (relative, or its address on the site) names
    /// with its letters composed otherwise than the file is ('ä' for 'a' and U+0308): its site path,
    /// which the link must lead to, as a server that tells the two apart has only that file; null
    /// when the address names a file as published, or none.
    /// </summary>
    public string? AsPublished(string path, string page)
    {
        if (path.Length == 0 || path[0] is '#' or '?')
        {
            return null;
        }

        var file = path.StartsWith('/') || InternalLinks.HasScheme(path) ? SiteFile(path, page) : Relative(path, page);
        return file is null || published.Value.Contains(file) ? null : publishedComposed.Value.GetValueOrDefault(Composed(file));
    }

    private static string Composed(string name)
    {
        var letters = name.ToCharArray();
        return new string(letters, 0, LatinMarks.Compose(letters));
    }

    // Web servers take '//' in a path for '/' (nginx by default), so '/fi/paatokset//2025/…' names the same file.
    private static string OneSlash(string path)
    {
        while (path.Contains("//", StringComparison.Ordinal))
        {
            path = path.Replace("//", "/", StringComparison.Ordinal);
        }

        return path;
    }
}
