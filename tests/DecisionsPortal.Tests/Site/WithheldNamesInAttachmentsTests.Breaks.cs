using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A word processor writes a line break, a tab or a run of spaces inside a paragraph as an element
/// of its own (Word's &lt;w:br/&gt;, &lt;w:tab/&gt;; OpenDocument's &lt;text:line-break/&gt;,
/// &lt;text:tab/&gt;, &lt;text:s/&gt;), which a reader shows as the break it stands for: the name
/// before it ends there.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    private const string FlatOdt = """<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>Katso kauppakirja-meikalainen.pdf{0}Toinen rivi</text:p></office:text></office:body></office:document>""";

    private const string WordDocument = """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Katso kauppakirja-meikalainen.pdf</w:t>{0}<w:t>Toinen rivi</w:t></w:r></w:p></w:body></w:document>""";

    [Theory]
    [InlineData("sopimus.fodt", "<text:line-break/>")]
    [InlineData("sopimus.fodt", "<text:tab/>")]
    [InlineData("sopimus.fodt", "<text:s/>")]
    [InlineData("vienti.txt", "<text:line-break/>")]
    [InlineData("sopimus.xml", "<text:line-break/>")]
    [InlineData("sopimus.docx", "<w:br/>")]
    [InlineData("sopimus.docx", "<w:tab/>")]
    public void A_withheld_name_before_a_line_break_or_tab_element_in_a_documents_paragraph_is_an_error(string name, string element)
    {
        var bytes = name.EndsWith(".docx", StringComparison.Ordinal)
            ? TestOfficeDocument.Of(("word/document.xml", string.Format(System.Globalization.CultureInfo.InvariantCulture, WordDocument, element)))
            : Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, FlatOdt, element));
        using var site = Site(TestOfficeDocument.Files((name, bytes)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }
}
