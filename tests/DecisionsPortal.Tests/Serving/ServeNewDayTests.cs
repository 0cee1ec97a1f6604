using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve left running over midnight: the day decides what personal data has expired, and a
/// preview that kept yesterday's must not show a mark after its last day until the next save.
/// </summary>
public sealed class ServeNewDayTests
{
    // Minutes public on 5 March 2025: the claim for rectification's last day is 26 March.
    private static readonly string Files = $"""
        -- site.yml --
        {TestSite.DefaultConfig.Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }", StringComparison.Ordinal)}
        -- content/fi/meetings/kaupunginhallitus/2025-03-03.md --
        ---
        number: 3/2025
        minutes_public: 2025-03-05
        ---
        -- content/fi/2025/a.md --
        {Decisions.Finnish(date: "2025-03-03", text: "Hakija [[Zacharias Quorvinen]]{.personal} hakee avustusta.")}
        """;

    [Fact]
    public async Task The_first_request_on_the_day_after_the_last_day_gets_the_page_without_the_mark_with_no_save()
    {
        using var site = new TestSite(Files);
        // 23:59 on the last day in Finland (UTC+2), then just past its midnight.
        var clock = new Clock(new DateTimeOffset(2025, 3, 26, 23, 59, 0, TimeSpan.FromHours(2)));
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0, Clock: clock), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Contains("Zacharias Quorvinen", await http.GetStringAsync("fi/paatokset/2025/a/"));

        clock.Now = new DateTimeOffset(2025, 3, 27, 0, 0, 1, TimeSpan.FromHours(2));

        var page = await http.GetStringAsync("fi/paatokset/2025/a/");
        Assert.DoesNotContain("Quorvinen", page);
        Assert.Contains("[henkilötieto poistettu]", page);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
