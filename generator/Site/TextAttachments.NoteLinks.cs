using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>A meeting's notes' links and images, read from the meeting's page.</summary>
public sealed partial class TextAttachments
{
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
            NotPublished(isImage, url, location, diagnostics);
        }

        return false;
    }

    // The file of the site a note's address names, relative or the site's own, when it is of a type an attachment may be.
    private string? NotesFile(string path, string page)
    {
        var file = path.Length == 0 || path[0] is '#' or '?' ? null : FileOf(path, page);
        return file is not null && Content.AttachmentCheck.IsPublishedType(file) ? file : null;
    }
}
