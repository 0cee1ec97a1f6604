using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class ConfidentialTests(ConfidentialTests.Built built) : IClassFixture<ConfidentialTests.Built>
{
    /// <summary><see cref="CouncilTown"/> built once on its last day, for the tests that only read what it wrote.</summary>
    public sealed class Built : IDisposable
    {
        public Built() => Result = Site.BuildOn(CouncilTown.LastDay);

        public TestSite Site { get; } = new(CouncilTown.Files);

        public DecisionsPortal.Pipeline.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    [Fact]
    public void A_confidential_decision_shows_only_its_title_organ_date_and_a_notice()
    {
        var site = built.Site;

        var page = Html.Parse(site.Read(CouncilTown.ConfidentialPage));

        Assert.Equal("Kiinteistökauppa", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("salassa pidettävä", page.QuerySelector(".confidential-notice")!.TextContent);
        Assert.Null(page.QuerySelector(".preparation"));
        Assert.Null(page.QuerySelector(".proposal"));
        Assert.Null(page.QuerySelector(".appeal"));
        var facts = page.QuerySelectorAll(".facts dt").Select(dt => dt.TextContent).ToList();
        Assert.Contains("Toimielin", facts);
        Assert.DoesNotContain("Valmistelija", facts);
    }

    [Fact]
    public void A_confidential_decisions_body_and_decision_are_in_no_output_file()
    {
        var (site, result) = (built.Site, built.Result);

        Assert.True(result.Succeeded);
        Assert.NotEmpty(site.OutputFiles());
        Assert.Empty(site.FilesContaining(CouncilTown.SecretText));
        Assert.Empty(site.FilesContaining(CouncilTown.SecretDecision));
        Assert.Empty(site.FilesContaining("Kauppakirja"));
        var decision = Assert.Single(result.Site!.Decisions, d => d.Decision.Title == "Kiinteistökauppa").Decision;
        Assert.Equal("", decision.Markdown);
        Assert.Empty(decision.Attachments);
    }

    // Seen black-box: a link to the file written relative to the page was an error that said to
    // publish the file; written as its address on the site it was no error at all, and the public
    // page named the confidential decision's attachment, in a link that led nowhere.
    [Theory]
    [InlineData("[kauppakirja](../kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](https://paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf#sivu=2)")]
    [InlineData("<https://paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf>")]
    [InlineData("![kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    // Seen by the review: a server that does not tell capitals apart takes this for the file.
    [InlineData("[kauppakirja](/fi/paatokset/2025/Kiinteistokauppa/Kauppakirja.pdf)")]
    // The name with a dot or a space after it, which a Windows server drops: the page named the file all the same.
    [InlineData("[kauppakirja](../kiinteistokauppa/kauppakirja.pdf.)")]
    [InlineData("[kauppakirja](../kiinteistokauppa/kauppakirja.pdf%20)")]
    [InlineData("[kauppakirja](../kiinteistokauppa/kauppakirja.pdf%2E)")]
    [InlineData("![kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf.)")]
    // Seen by the review: the name with more after it than a server keeps, encoded once or twice,
    // or at the decision's address in another language, which has no file of its own.
    [InlineData("[kauppakirja](../kiinteistokauppa/kauppakirja.pdf..)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf::$DATA)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf%09)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf%00)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf%C2%A0)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf%252E)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf;jsessionid=1)")]
    [InlineData("[kauppakirja](/sv/beslut/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("![kauppakirja](/sv/beslut/2025/kiinteistokauppa/Kauppakirja.PDF)")]
    public void A_link_to_a_confidential_decisions_attachment_is_an_error_that_says_it_is_never_published(string link)
    {
        var files = CouncilTown.Files + "\n-- content/fi/2025/toinen.md --\n"
            + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14", text: $"Katso {link}.");
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("content/fi/2025/toinen.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("confidential decision, which is never published", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidential_file_with_attachments_is_warned_about()
    {
        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == "DP0050");

        Assert.EndsWith("content/fi/2025/kiinteistokauppa.md", warning.Location.Path);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void A_confidential_decision_keeps_its_place_on_the_agenda_but_joins_no_case()
    {
        var files = CouncilTown.Files.Replace("meeting: 3/2025\nsection: 11\n", "meeting: 3/2025\nsection: 11\ndnro: EXE/12/10.03/2025\n");
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);
        site.BuildOn(CouncilTown.LastDay);

        var handlings = Html.Parse(site.Read(CouncilTown.CasePath)).QuerySelectorAll(".handlings li > a").Select(a => a.TextContent);

        Assert.DoesNotContain("Kiinteistökauppa", handlings);
        Assert.Contains("11 § Kiinteistökauppa", Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelector(".agenda-list")!.TextContent);
    }
}
