using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A link written as a file's address on the site ('/fi/paatokset/2025/avustus/liite.pdf') into a
/// decision's folder leads to a file only where that decision publishes one: seen by the review,
/// such a link to a file no decision lists passed and was published as a dead link.
/// </summary>
public sealed class SiteAddressFileLinkTests
{
    private static TestSite Site(string link) => new($"""
        -- content/fi/2025/avustus.md --
        {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: "attachments: [{ title: Hakemus, file: hakemus.txt }]", text: "Avustusta haetaan liitteen mukaisesti.")}
        -- content/fi/2025/hakemus.txt --
        Hakemus avustuksesta.
        -- content/fi/2025/katu.md --
        {Decisions.Finnish(title: "Katu", date: "2025-03-06", extra: "section: 21", text: $"Katso {link}.")}
        """);

    [Theory]
    [InlineData("[hakemus](/fi/paatokset/2025/avustus/puuttuu.txt)")]
    [InlineData("[hakemus](/fi/paatokset/2025/avustus/liitteet/hakemus.pdf)")]
    [InlineData("[hakemus](/fi/paatokset/2025/avustus/Hakemus.TXT)")]
    // Outside any decision's folder, where the site has no file either (seen on main).
    [InlineData("[liite](/fi/paatokset/2025/eiole/liite.pdf)")]
    [InlineData("[liite](/fi/asiat/kemi-999-2025/liite.pdf)")]
    // Raw HTML, which the page shows as text, with the address in it (seen on main).
    [InlineData("<a href=\"/fi/paatokset/2025/avustus/puuttuu.txt\">hakemus</a>")]
    public void A_link_to_a_file_no_decision_publishes_in_a_decisions_folder_is_an_error(string link)
    {
        using var site = Site(link);

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0176", error.Code);
        Assert.EndsWith("content/fi/2025/katu.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("a file the site does not publish", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_of_a_file_no_decision_publishes_in_a_decisions_folder_is_an_error()
    {
        using var site = Site("![kartta](/fi/paatokset/2025/avustus/kartta.png)");

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0175", error.Code);
        Assert.Contains("a file the site does not publish", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[hakemus](/fi/paatokset/2025/avustus/hakemus.txt)")]
    [InlineData("[päätökset taulukkona](/fi/decisions.csv)")]
    [InlineData("<a href=\"/fi/paatokset/2025/avustus/hakemus.txt\">hakemus</a>")]
    [InlineData("[uusimmat päätökset](/fi/paatokset/atom.xml)")]
    [InlineData("[kaupunginhallituksen päätökset](/fi/toimielin/kaupunginhallitus/atom.xml)")]
    public void A_link_to_a_published_file_passes(string link)
    {
        using var site = Site(link);

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0176");
    }

    [Theory]
    [InlineData("[asian syöte](/fi/asiat/kemi-999-2025/atom.xml)")]
    [InlineData("[aiheen syöte](/fi/aihe/eiole/atom.xml)")]
    public void A_link_to_a_feed_the_site_does_not_have_is_an_error(string link)
    {
        using var site = Site(link);

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0060", error.Code);
        Assert.EndsWith("content/fi/2025/katu.md", error.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_html_link_to_a_file_beside_the_decision_that_it_does_not_list_is_an_error()
    {
        using var site = Site("<a href=\"puuttuu.pdf\">liite</a>");

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP0176", 10, 7), (error.Code, error.Location.Line, error.Location.Column));
    }

    // Code is shown as text, an example: red32 read raw HTML line by line and gave DP0176 inside a fence.
    [Theory]
    [InlineData("esimerkki:\n\n```html\n<a href=\"liite.pdf\">liite</a>\n```\n")]
    [InlineData("esimerkki:\n\n~~~\n<img src=\"kuva.png\">\n~~~\n")]
    [InlineData("esimerkki:\n\n> ```\n> <a href=\"liite.pdf\">liite</a>\n> ```\n")]
    [InlineData("esimerkki ``<a href=\"liite.pdf\">``")]
    public void Raw_html_in_code_is_an_example_and_no_link(string text)
    {
        using var site = Site(text);

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "DP0175" or "DP0176");
    }

    [Fact]
    public void A_raw_html_link_in_a_list_item_or_after_code_on_its_line_is_checked()
    {
        using var site = Site("\n\n- `koodi` ja <a href=\"puuttuu.pdf\">liite</a>\n");

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.Equal("DP0176", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // A Mac (or a zip) stores 'ä' as 'a' and a mark of its own, and the file's name under
    // 'attachments:' is copied from it; the link typed names the same file (seen on main: DP0176).
    [Theory]
    [InlineData("[päätös](päätös.pdf)")]
    [InlineData("[päätös](./p%C3%A4%C3%A4t%C3%B6s.pdf)")]
    [InlineData("[päätös](/fi/paatokset/2025/avustus/päätös.pdf)")]
    public void A_link_to_an_attachment_whose_name_is_stored_with_its_accents_as_marks_leads_to_it(string link)
    {
        const string stored = "pa\u0308a\u0308to\u0308s.pdf";
        using var site = new TestSite($"""
            -- content/fi/2025/avustus.md --
            {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: $"attachments: [{"{"} title: Päätös, file: {stored} {"}"}]", text: $"Katso {link}.")}
            -- content/fi/2025/{stored} --
            %PDF-1.4
            """);

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html"));
        var address = page.QuerySelectorAll("a[href], img[src]").Where(e => e.TextContent == "päätös" || e.GetAttribute("alt") == "päätös").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).Single()!;
        var file = Uri.UnescapeDataString(address.Split('/')[^1]);
        Assert.True(File.Exists(Path.Combine(site.Output, "fi/paatokset/2025/avustus", file)), address);
    }
}
