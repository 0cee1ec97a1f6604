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
}
