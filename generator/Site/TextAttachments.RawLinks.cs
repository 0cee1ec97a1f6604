using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>Raw HTML links and images, which cannot lose their addresses.</summary>
public sealed partial class TextAttachments
{
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
}
