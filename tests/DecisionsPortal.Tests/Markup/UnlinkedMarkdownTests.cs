using DecisionsPortal.Markup;

namespace DecisionsPortal.Tests.Markup;

/// <summary>The Markdown of the open data without links and images to withheld attachments: no withheld address is left.</summary>
public sealed class UnlinkedMarkdownTests
{
    private static bool Withheld(string url) => url.StartsWith("hakemus", StringComparison.Ordinal) || url.StartsWith("kartta", StringComparison.Ordinal);

    [Theory]
    // A picture that opens the file, both withheld: the link around the image went unremoved, address and all.
    [InlineData("[![Kartta](kartta.png)](hakemus.pdf)", "")]
    [InlineData("Katso [kuvan ![Kartta](kartta.png) hakemus](hakemus.pdf) nyt.", "Katso kuvan  hakemus nyt.")]
    [InlineData("[![Logo](logo.png) ja *[hakemus](hakemus.pdf)*](muu.pdf)", "[![Logo](logo.png) ja *hakemus*](muu.pdf)")]
    [InlineData("[a](hakemus.pdf) [![K](kartta.png)](hakemus.pdf) [b][k]\n\n[k]: kartta.png\n", "a  b\n\n\n")]
    public void Nested_links_and_images_lose_every_withheld_address(string markdown, string expected)
    {
        var text = UnlinkedMarkdown.Without(markdown, Withheld);

        Assert.Equal(expected, text);
        Assert.DoesNotContain("hakemus.pdf", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kartta.png", text, StringComparison.Ordinal);
    }
}
