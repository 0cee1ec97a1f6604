using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A file that one decision withholds (confidential, or its attachments personal data) and another
/// decision lists too, as the handlings of one case do: the other decision published it at its own
/// address, and its text in the search index, after the last day too (seen black-box first).
/// </summary>
public sealed class SharedAttachmentFilesTests
{
    // Its minutes public on 2025-03-07: a claim for rectification ends on 2025-03-28.
    private const string Meeting = "---\nnumber: 3/2025\nminutes_public: 2025-03-07\n---\n";
    private const string Applicant = "Zacharias Quorvinen";

    private static readonly DateOnly AfterLastDay = new(2025, 4, 1);

    // The organ's decisions are open to a claim for rectification, so their personal data expires.
    private static readonly string Config = TestSite.DefaultConfig.Replace(
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }",
        "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }",
        StringComparison.Ordinal) + "\neditor_language: en\n";

    [Theory]
    [InlineData("personal: [attachments]")]
    [InlineData("confidential: true")]
    public void A_file_that_one_decision_withholds_and_another_lists_is_an_error_there_and_published_nowhere(string withholding)
    {
        using var site = Site(withholding, second: "");

        var result = site.BuildOn(AfterLastDay);

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.WithheldAttachmentShared);
        Assert.True(error.IsError);
        Assert.EndsWith("content/fi/2025/maksu.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(9, error.Location.Line);
        Assert.Contains("content/fi/2025/avustus.md", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void The_error_does_not_wait_for_the_last_day_so_the_build_that_removes_the_data_never_fails_on_it()
    {
        using var site = Site("personal: [attachments]", second: "");

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.WithheldAttachmentShared);
    }

    [Fact]
    public void Both_decisions_withholding_the_file_publish_it_until_the_last_day_and_nowhere_after()
    {
        using var site = Site("personal: [attachments]", second: "personal: [attachments]");

        Assert.True(site.BuildOn(new DateOnly(2025, 3, 10)).Succeeded);
        Assert.Contains("fi/paatokset/2025/maksu/hakemus.txt", site.OutputFiles());
        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(site.FilesContaining(Applicant));
    }

    [Fact]
    public void Two_decisions_that_publish_the_file_may_share_it()
    {
        using var site = Site(withholding: "", second: "");

        var result = site.BuildOn(AfterLastDay);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("fi/paatokset/2025/maksu/hakemus.txt", site.OutputFiles());
        Assert.Contains("fi/paatokset/2025/avustus/hakemus.txt", site.OutputFiles());
    }

    // The first decision withholds hakemus.txt (which names the applicant); the second lists it at its line 9.
    private static TestSite Site(string withholding, string second) => new($"""
        -- site.yml --
        {Config}
        -- content/fi/meetings/kaupunginhallitus/2025-03-05.md --
        {Meeting}
        -- content/fi/2025/hakemus.txt --
        Hakija {Applicant}, Kemi.
        -- content/fi/2025/avustus.md --
        {Decisions.Finnish(title: "Avustus", date: "2025-03-05", extra: $"{withholding}\nattachments:\n  - {{ title: Hakemus, file: hakemus.txt }}")}
        -- content/fi/2025/maksu.md --
        ---
        title: Avustuksen maksu
        date: 2025-03-05
        body: kaupunginhallitus
        preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
        presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
        proposal: Kaupunginhallitus maksaa avustuksen.
        attachments:
          - {"{"} title: Hakemus, file: hakemus.txt {"}"}
        {second}
        ---
        Valmistelu.
        """);
}
