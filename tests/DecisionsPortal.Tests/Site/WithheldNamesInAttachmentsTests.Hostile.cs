using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// Hostile files in a published zip, small but of a shape read once a piece for each piece: each is
/// read once in all, and the build ends with its text checked.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // A header folded into 400,000 lines (each joined to all before it, the build did not end).
    [Fact]
    public void A_mail_whose_header_is_folded_into_many_lines_is_read_and_its_text_checked()
    {
        var mail = Encoding.ASCII.GetBytes("From: a@b.fi\nSubject: alku\n" + string.Concat(Enumerable.Repeat(" sana\n", 400_000)) + "Content-Type: text/plain\n\nKatso kauppakirja-meikalainen.pdf.\n");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", mail)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
