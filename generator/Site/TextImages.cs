using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// An image in a decision's text is shown only when it is one of the decision's attachments, which
/// are published beside its page, so that '![Kaavio](kaavio.png)' finds the attachment 'kaavio.png'.
/// An image from another site is blocked by the site's own policy (img-src 'self') and would tell
/// that site who reads the decision; a file that only lies beside the decision is not published.
/// Either is an error at the image, not a broken image on the site.
/// </summary>
public static class TextImages
{
    public static void Check(string url, SourceLocation location, Decision decision, DiagnosticBag diagnostics)
    {
        var path = url.Split('#', '?')[0];
        var name = Path.GetFileName(path.Replace('\\', '/'));
        var example = name.Length > 0 && AttachmentCheck.Published.Contains(Path.GetExtension(name).TrimStart('.')) ? name : "kaavio.png";
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ImageOnAnotherSite, location,
                $"the image '{url}' is on another site, whose images the site does not show (nor tell it who reads the decision): save the image beside the decision, list it under 'attachments:' and show it as '![…]({example})'");
            return;
        }

        var file = Uri.UnescapeDataString(path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path);
        if (!decision.Attachments.Any(a => string.Equals(a.File.Replace('\\', '/'), file, StringComparison.Ordinal)))
        {
            diagnostics.Error(DiagnosticCodes.ImageNotAttached, location,
                $"the image '{url}' is not one of this decision's attachments, so it is not published: put the file beside the decision and list it under 'attachments:', e.g. '- {{ title: Kaavio, file: {example} }}'");
        }
    }
}
