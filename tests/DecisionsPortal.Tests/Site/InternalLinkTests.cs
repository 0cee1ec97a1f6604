using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class InternalLinkTests
{
    private static string Other => Decisions.Finnish(title: "Toinen päätös", date: "2024-05-02");

    [Fact]
    public void A_link_to_another_decisions_file_is_rendered_as_that_pages_address()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [aiempi päätös](../2024/toinen.md#perustelut).")}
            -- content/fi/2024/toinen.md --
            {Other}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var link = Html.Parse(site.Read("fi/paatokset/2025/a/index.html")).QuerySelectorAll("a").Single(a => a.TextContent == "aiempi päätös");
        Assert.Equal("/fi/paatokset/2024/toinen/#perustelut", link.GetAttribute("href"));
    }

    [Fact]
    public void A_link_to_a_missing_file_is_an_error_at_its_line_and_column_with_a_suggestion()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Ensimmäinen rivi.\n\nKatso [aiempi](../2024/tonen.md).")}
            -- content/fi/2024/toinen.md --
            {Other}
            """);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0060", error.Code);
        Assert.Equal(("content/fi/2025/a.md", 12, 7), (Tail(error.Location.Path), error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean '../2024/toinen.md'?", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    // A link pasted from a word processor ('file:///K:/…') or a script's address loses its link;
    // the links and images written before it in the paragraph are still checked.
    [Theory]
    [InlineData("file:///K:/muistiot/muistio.docx")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    public void Links_before_an_unsafe_link_in_the_same_paragraph_are_still_checked(string unsafeAddress)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: $"![kartta](kartta.png) ja [aiempi](../2024/tonen.md) ja [muistio]({unsafeAddress}).")}
            -- content/fi/2024/toinen.md --
            {Other}
            """);

        var result = site.Build();

        Assert.Equal(["DP0060", "DP0175"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order());
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("/fi/2024/toinen.md")]
    [InlineData("/content/fi/2024/toinen.md")]
    [InlineData("content/fi/2024/toinen.md")]
    public void A_link_to_a_decisions_file_written_from_the_root_is_an_error_naming_the_file_in_the_texts_language(string written)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: $"Katso [aiempi]({written}).")}
            -- content/fi/2024/toinen.md --
            {Other}
            -- content/sv/2024/toinen.md --
            {Decisions.Swedish(title: "Annat beslut", date: "2024-05-02")}
            """);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0060", error.Code);
        Assert.EndsWith("did you mean '../2024/toinen.md'?", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_starting_with_two_slashes_is_another_sites_even_to_a_markdown_file()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [ohje](//github.com/kemi/ohjeet/blob/main/README.md).")}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void A_link_to_a_decision_address_that_does_not_exist_is_an_error()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [täältä](https://paatokset.esimerkkila.example/fi/paatokset/2024/ei-ole/) ja [tuolta](/fi/paatokset/2024/toinen/).")}
            -- content/fi/2024/toinen.md --
            {Other}
            """);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0060", error.Code);
        Assert.Contains("ei-ole", error.Message);
    }

    [Fact]
    public void A_broken_link_in_the_proposal_is_reported_at_the_proposal_field()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            ---
            title: Otsikko
            date: 2025-03-14
            body: kaupunginhallitus
            preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
            presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
            proposal: |
              Päätetään kuten [aiemmin](../2023/vanha.md).
            ---
            Teksti.
            """);

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(7, error.Location.Line);
        Assert.Contains("'../2023/vanha.md'", error.Message);
    }

    [Fact]
    public void A_link_to_a_draft_is_an_error_unless_drafts_are_built()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [luonnos](../2024/toinen.md).")}
            -- content/fi/2024/toinen.md --
            {Decisions.Finnish(title: "Luonnos", date: "2024-05-02", extra: "draft: true")}
            """);

        Assert.Equal("DP0061", Assert.Single(site.Build().Diagnostics, d => d.IsError).Code);
        Assert.True(site.Build(drafts: true).Succeeded);
    }

    [Fact]
    public void A_link_to_an_old_address_kept_as_an_alias_is_valid()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [vanha osoite](/fi/paatokset/2024/vanha-nimi/).")}
            -- content/fi/2024/toinen.md --
            {Decisions.Finnish(title: "Toinen päätös", date: "2024-05-02", extra: "aliases: [fi/paatokset/2024/vanha-nimi/]")}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void External_links_and_other_site_pages_are_left_alone()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "[Kunta](https://example.org/x.md), [vuosi](/fi/paatokset/), [posti](mailto:a@example.org).")}
            """);

        Assert.True(site.Build().Succeeded);
    }

    // A decision's year folder is written as a redirect to the year's listing, for people who trim an
    // address: a link to it works, and the suggestion for a mistyped one was that folder's parent.
    [Fact]
    public void A_link_to_a_decisions_year_folder_leads_to_the_years_listing_and_is_no_error()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [vuoden 2025 päätökset](/fi/paatokset/2025/) ja [samat](../).")}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("fi/paatokset/2025/index.html"));
    }

    // The open-data files are in the language's folder: a relative address to one is the same file
    // as '/fi/decisions.csv', which passed, and a raw HTML copy of the link was a second error.
    [Theory]
    [InlineData("[aineisto](../../../decisions.csv)")]
    [InlineData("<a href=\"../../../decisions.csv\">aineisto</a>")]
    [InlineData("[aineisto](../../../../sv/decisions.csv)")]
    public void A_relative_link_to_the_open_data_the_site_writes_is_no_error(string link)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: $"Katso {link}.")}
            -- content/sv/2025/a.md --
            {Decisions.Swedish()}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists("fi/decisions.csv"));
    }

    [Fact]
    public void A_relative_link_out_of_the_decisions_folder_to_a_file_the_site_does_not_have_is_an_error()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [liite](../../liite.pdf).")}
            """);

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);

        Assert.Equal("DP0176", error.Code);
        Assert.Contains("does not publish", error.Message, StringComparison.Ordinal);
    }

    private static string Tail(string path) => path[path.IndexOf("content/", StringComparison.Ordinal)..];
}
