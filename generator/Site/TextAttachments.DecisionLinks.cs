using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>A decision's images and its relative links to files, each an attachment that its page publishes or an error.</summary>
public sealed partial class TextAttachments
{
    /// <returns>Whether the image shows an attachment the build date withholds, and must go.</returns>
    public bool CheckImage(string url, SourceLocation location, DecisionPage page, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var example = name.Length > 0 && Content.AttachmentCheck.IsPublishedType(name) ? name : "kaavio.png";
        if (Settled(path, url, true, location, page.Path, diagnostics) is { } settled)
        {
            return settled;
        }

        if (path.StartsWith("//", StringComparison.Ordinal) || InternalLinks.HasScheme(path))
        {
            diagnostics.Error(DiagnosticCodes.ImageOnAnotherSite, location,
                $"the image '{url}' is on another site, whose images the site does not show (nor tell it who reads the decision): save the image beside the decision, list it under 'attachments:' and show it as '![…]({example})'");
            return false;
        }

        if (Placed(path, url, true, location, page.Path, diagnostics) is { } placed)
        {
            return placed;
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
        if (Settled(path, url, false, location, page.Path, diagnostics) is { } settled)
        {
            return settled;
        }

        if (path.Length == 0 || path[0] is '#' or '?' || !Content.AttachmentCheck.IsPublishedType(name))
        {
            return false;
        }

        if (Placed(path, url, false, location, page.Path, diagnostics) is { } placed)
        {
            return placed;
        }

        // Out of the decision's folder ('../../../decisions.csv'), the address is a file of the site
        // as one written from its root is, and the same check tells whether the site has it.
        if (Relative(path, page.Path) is { } file && !file.StartsWith(page.Path, StringComparison.Ordinal))
        {
            if (NoFile(file))
            {
                NotPublished(false, url, location, diagnostics);
            }

            return false;
        }

        diagnostics.Error(DiagnosticCodes.LinkNotAttached, location,
            $"the link '{url}' leads to a file that is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Liite, file: {name} }}'");
        return false;
    }

    // What an image's or link's address decides whatever its kind: withheld (true: it must go), refused
    // or a draft's (told here), or nothing yet (null).
    private bool? Settled(string path, string url, bool isImage, SourceLocation location, string page, DiagnosticBag diagnostics) =>
        WithheldByAddress(path, page) ? true
        : Refused(path, url, isImage, location, page, diagnostics) ? false
        : OfDraft(path, url, location, page, diagnostics) ? true
        : null;

    // What a file of the site decides, written as its address on the site or beside the page: published
    // (false), listed but withheld by the build date (true), or not an attachment here (null).
    private bool? Placed(string path, string url, bool isImage, SourceLocation location, string page, DiagnosticBag diagnostics)
    {
        if (path.StartsWith('/') || InternalLinks.HasScheme(path))
        {
            // Into a decision's folder, the file is one that decision publishes, or none.
            if (NoFileAt(path, page))
            {
                NotPublished(isImage, url, location, diagnostics);
            }

            return false;
        }

        return IsIn(published.Value, path, page) || AsPublished(path, page) is not null ? false
            : IsIn(listed.Value, path, page) ? true
            : null;
    }
}
