using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

public sealed class AttachmentTypeTests
{
    private static TestSite With(string file, string bytes = "x")
    {
        var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: $"attachments:\n  - {{ title: Liite, file: \"{file}\" }}")}\n");
        site.Write("content/fi/2025/" + file, bytes);
        return site;
    }

    [Theory]
    [InlineData("kutsu.html")]
    [InlineData("kartta.svg")]
    [InlineData("KARTTA.SVG")]
    [InlineData("sivu.xhtml")]
    [InlineData("tiedot.xml")]
    [InlineData("koodi.js")]
    [InlineData("moduuli.mjs")]
    [InlineData("ilman-tyyppia")]
    public void An_attachment_a_browser_could_run_is_refused_at_its_line(string file)
    {
        using var site = With(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.AttachmentRunnable, error.Code);
        Assert.EndsWith("content/fi/2025/katto.md", error.Location.Path);
        Assert.Equal(9, error.Location.Line);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Every_attachment_is_a_download_in_the_headers_file()
    {
        using var site = With("pöytäkirja 1.pdf");

        Assert.True(site.Build().Succeeded);

        var headers = site.Read("_headers");
        Assert.Contains("/fi/paatokset/2025/katto/p%C3%B6yt%C3%A4kirja%201.pdf\n  Content-Disposition: attachment\n", headers);
    }

    [Theory]
    [InlineData("kysymys?.pdf", "'?'", "kysymys.pdf")]
    [InlineData("liite #2.pdf", "'#'", "liite 2.pdf")]
    [InlineData("%2e.pdf", "'%'", "2e.pdf")]
    [InlineData("100%.pdf", "'%'", "100.pdf")]
    [InlineData("katto*.pdf", "'*'", "katto.pdf")]
    [InlineData("a<b>.pdf", "'<'", "a-b.pdf")]
    [InlineData("a|b.pdf", "'|'", "a-b.pdf")]
    [InlineData("kokous 14:00.pdf", "':'", "kokous 14-00.pdf")]
    [InlineData("kuva\\tpiirros.pdf", "U+0009", "kuva-piirros.pdf")]
    public void An_attachment_name_a_windows_checkout_or_an_address_cannot_hold_is_refused_with_the_character_and_a_new_name(string file, string shown, string renamed)
    {
        using var site = With(file);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(
            $"content/fi/2025/katto.md(9,27): error DP0155: attachment '{file}' has {shown} in its name, which a file name on Windows or a web address cannot hold; rename the file without it, e.g. 'file: {renamed}'",
            DiagnosticFormatter.Format(error, null).Replace(site.Root + "/", "", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("liite 2 (uusi).pdf")]
    [InlineData("a+b&c=d;e.pdf")]
    [InlineData("l'avis [1].pdf")]
    public void An_attachment_link_leads_to_the_published_file_whatever_its_name(string file)
    {
        using var site = With(file);

        Assert.True(site.Build().Succeeded);

        var page = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html"));
        var href = page.QuerySelector("section.attachments a")!.GetAttribute("href")!;
        var target = new Uri(new Uri("https://paatokset.esimerkkila.example/"), href);
        Assert.Equal("", target.Query);
        Assert.Equal("", target.Fragment);
        Assert.Equal("/fi/paatokset/2025/katto/" + file, Uri.UnescapeDataString(target.AbsolutePath));
        Assert.True(site.Exists("fi/paatokset/2025/katto/" + file));
    }
}
