using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DecisionsPortal.Tests.Support;

/// <summary>A one-page PDF with the given lines of text, written by PdfPig (as an office suite would write a real attachment's text).</summary>
public static class TestPdf
{
    // PdfPig's standard fonts lack ä, ö and å; DejaVu comes with fontconfig, which Chromium needs anyway.
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static byte[] Of(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        Assert.True(File.Exists(Font), $"{Font} (Debian: fonts-dejavu-core) writes the test PDFs' Finnish and Swedish letters");
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(50, y), font);
            y -= 16;
        }

        return builder.Build();
    }
}
