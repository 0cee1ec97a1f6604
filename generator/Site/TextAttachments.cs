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
/// This part holds which attachments the build publishes, withholds or refuses, by their addresses;
/// the checks of a decision's links, a meeting's notes and raw HTML are in parts of their own.
/// </summary>
public sealed partial class TextAttachments(IReadOnlyList<DecisionPage> pages, IReadOnlyList<Content.Decision> loaded, SitePaths paths)
{
    private readonly Lazy<HashSet<string>> published = new(() => Published(pages, paths, StringComparer.Ordinal));

    private readonly Lazy<HashSet<string>> publishedInAnyCapitals = new(() => Published(pages, paths, StringComparer.OrdinalIgnoreCase));

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

    // An image or link to a file of the site that the site does not have (<see cref="NoFile"/>).
    private static void NotPublished(bool isImage, string url, SourceLocation location, DiagnosticBag diagnostics) =>
        diagnostics.Error(isImage ? DiagnosticCodes.ImageNotAttached : DiagnosticCodes.LinkNotAttached, location, isImage
            ? MessageText.Of($"the image '{url}' is a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'")
            : MessageText.Of($"the link '{url}' leads to a file the site does not publish: no decision lists it under 'attachments:' at that address; check the address, or list the file under its decision's 'attachments:'"));

    // A link or image that names a file never published: a confidential or a withdrawn decision's attachment.
    private bool Refused(string path, string url, bool isImage, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        var confidential = Confidential(path, page);
        if (!confidential && !Withdrawn(path, page))
        {
            return false;
        }

        diagnostics.Error(isImage ? DiagnosticCodes.ImageNotAttached : DiagnosticCodes.LinkNotAttached, location, (confidential, isImage) switch
        {
            (true, true) => MessageText.Of($"the image '{url}' shows an attachment of a confidential decision, which is never published, nor its name: remove the image"),
            (true, false) => MessageText.Of($"the link '{url}' leads to an attachment of a confidential decision, which is never published, nor its name: remove the link"),
            (false, true) => MessageText.Of($"the image '{url}' shows an attachment of a withdrawn decision, which left the site with it: remove the image"),
            (false, false) => MessageText.Of($"the link '{url}' leads to an attachment of a withdrawn decision, which left the site with it: remove the link"),
        });
        return true;
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
    private bool Names(HashSet<string> files, string path, string page) => FileOf(path, page) is { } file && files.Contains(file);

    // Whether the address names a file that is not published: decoded as a server may (see
    // RawHtmlLinks.Decoded), it lies in one of the files' folders, and its last part begins
    // with one of their names, in any capitals, as whatever follows the name ('.', ' ', '::$DATA',
    // ';jsessionid=1') may be dropped by a server that serves the file.
    private bool Names(ILookup<string, string> files, string path, string page)
    {
        path = Markup.RawHtmlLinks.Decoded(path);
        return FileOf(path, page) is { } file
            && Split(file) is var (folder, last)
            && files[folder].Any(name => last.StartsWith(name, StringComparison.OrdinalIgnoreCase));
    }

    private static ILookup<string, string> Folders(SitePaths site, IEnumerable<Content.Decision> decisions) => decisions
        .SelectMany(d => d.Attachments.SelectMany(a => site.Languages.Select(language => Split(site.Decision(language, d.Date, d.Slug) + a.File.Replace('\\', '/')))))
        .ToLookup(file => file.Folder, file => file.Name, StringComparer.OrdinalIgnoreCase);

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

        return Content.AttachmentCheck.IsPublishedType(file)
            && paths.Languages.Any(language => file.StartsWith(language + "/", StringComparison.Ordinal) && file.IndexOf('/', language.Length + 1) >= 0);
    }

    private static bool IsIn(HashSet<string> files, string relative, string page) => Relative(relative, page) is { } file && files.Contains(file);
}
