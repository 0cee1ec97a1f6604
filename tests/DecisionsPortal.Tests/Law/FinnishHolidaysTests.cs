using DecisionsPortal.Law;

namespace DecisionsPortal.Tests.Law;

public sealed class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_sunday_is_computed_for_any_year(int year, string easter)
    {
        Assert.Equal(DateOnly.Parse(easter), FinnishHolidays.EasterSunday(year));
    }

    [Theory]
    [InlineData("2025-01-01")] // New Year's Day
    [InlineData("2025-01-06")] // Epiphany
    [InlineData("2025-04-18")] // Good Friday
    [InlineData("2025-04-21")] // Easter Monday
    [InlineData("2025-05-01")] // May Day
    [InlineData("2025-05-29")] // Ascension Day
    [InlineData("2025-06-20")] // Midsummer Eve, the Friday between 19 and 25 June
    [InlineData("2021-06-25")] // … at the last possible date
    [InlineData("2020-06-19")] // … at the first possible date
    [InlineData("2021-06-26")] // Midsummer Day, the Saturday between 20 and 26 June
    [InlineData("2025-11-01")] // All Saints' Day, the Saturday between 31 October and 6 November
    [InlineData("2026-10-31")]
    [InlineData("2021-11-06")]
    [InlineData("2024-12-06")] // Independence Day
    [InlineData("2025-12-24")] // Christmas Eve
    [InlineData("2025-12-25")] // Christmas Day
    [InlineData("2025-12-26")] // Boxing Day
    public void Every_statutory_holiday_is_known(string day)
    {
        Assert.True(FinnishHolidays.IsHoliday(DateOnly.Parse(day)));
        Assert.False(FinnishHolidays.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Theory]
    [InlineData("2025-04-17")] // Maundy Thursday is a working day
    [InlineData("2025-04-22")] // the Tuesday after Easter
    [InlineData("2026-06-18")] // the Thursday before Midsummer Eve
    [InlineData("2025-12-31")] // New Year's Eve
    [InlineData("2025-12-29")]
    public void Ordinary_weekdays_are_working_days(string day)
    {
        Assert.True(FinnishHolidays.IsWorkingDay(DateOnly.Parse(day)));
    }

    [Fact]
    public void Saturdays_and_sundays_are_never_working_days()
    {
        Assert.False(FinnishHolidays.IsWorkingDay(new DateOnly(2025, 3, 8)));
        Assert.False(FinnishHolidays.IsWorkingDay(new DateOnly(2025, 3, 9)));
    }
}
