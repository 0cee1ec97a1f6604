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
    [InlineData("liite #2.pdf")]
    [InlineData("kysymys?.pdf")]
    [InlineData("%2e.pdf")]
    [InlineData("100%.pdf")]
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
