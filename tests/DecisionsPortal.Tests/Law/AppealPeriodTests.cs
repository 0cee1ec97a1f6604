using DecisionsPortal.Law;

namespace DecisionsPortal.Tests.Law;

public sealed class AppealPeriodTests
{
    // published, kind, notice received, last day; each row says why the last day is what it is.
    public static TheoryData<string, AppealKind, string, string> Periods => new()
    {
        // A working day: 7 days to receipt, then 14 (rectification) or 30 (municipal appeal).
        { "2025-03-03", AppealKind.Rectification, "2025-03-10", "2025-03-24" },
        { "2025-03-03", AppealKind.Municipal, "2025-03-10", "2025-04-09" },
        // Ends on a Saturday or a Sunday: the next Monday.
        { "2025-03-01", AppealKind.Rectification, "2025-03-08", "2025-03-24" },
        { "2025-03-02", AppealKind.Rectification, "2025-03-09", "2025-03-24" },
        // Ends on Good Friday 2025: Easter Saturday, Sunday and Monday follow, so Tuesday.
        { "2025-03-28", AppealKind.Rectification, "2025-04-04", "2025-04-22" },
        // Ends on Easter Monday 2026 (Easter is computed: 5 April 2026).
        { "2026-02-28", AppealKind.Municipal, "2026-03-07", "2026-04-07" },
        // Ends on Midsummer Eve (Friday 20 June 2025, 19 June 2026): past Midsummer Day to Monday.
        { "2025-05-30", AppealKind.Rectification, "2025-06-06", "2025-06-23" },
        { "2026-05-29", AppealKind.Rectification, "2026-06-05", "2026-06-22" },
        // Ends on Ascension Day (Thursday 29 May 2025) and on May Day: the Friday after.
        { "2025-05-08", AppealKind.Rectification, "2025-05-15", "2025-05-30" },
        { "2025-04-10", AppealKind.Rectification, "2025-04-17", "2025-05-02" },
        // Ends on Christmas Eve 2025 (Wednesday): Christmas, Boxing Day and a weekend follow.
        { "2025-12-03", AppealKind.Rectification, "2025-12-10", "2025-12-29" },
        // Ends on New Year's Day 2026 (Thursday), on Epiphany 2027 (Wednesday), on Independence Day 2024 (Friday).
        { "2025-11-25", AppealKind.Municipal, "2025-12-02", "2026-01-02" },
        { "2026-12-16", AppealKind.Rectification, "2026-12-23", "2027-01-07" },
        { "2024-11-15", AppealKind.Rectification, "2024-11-22", "2024-12-09" },
        // Receipt on a Saturday is not moved: only the period's last day is.
        { "2025-03-01", AppealKind.Municipal, "2025-03-08", "2025-04-07" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void The_last_day_counts_from_notice_seven_days_after_publication_and_skips_weekends_and_holidays(
        string published, AppealKind kind, string received, string lastDay)
    {
        var period = AppealPeriod.Compute(kind, DateOnly.Parse(published))!;

        Assert.Equal(DateOnly.Parse(received), period.NoticeReceived);
        Assert.Equal(DateOnly.Parse(lastDay), period.LastDay);
    }

    [Fact]
    public void A_decision_without_appeal_has_no_period()
    {
        Assert.Null(AppealPeriod.Compute(AppealKind.None, new DateOnly(2025, 3, 3)));
    }

    [Fact]
    public void Personal_data_expires_the_day_after_the_last_day()
    {
        var period = AppealPeriod.Compute(AppealKind.Rectification, new DateOnly(2025, 3, 28))!;

        Assert.Equal(new DateOnly(2025, 4, 23), period.PersonalDataExpires);
    }
}
