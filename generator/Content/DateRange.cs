namespace DecisionsPortal.Content;

/// <summary>
/// The years a decision or meeting date may have. The law's arithmetic (appeal periods, the day
/// personal data expires, a calendar's end date) adds days to them, which past 9999-12-31 is no
/// date at all; a year far outside these is a typo, reported where it was written.
/// </summary>
public static class DateRange
{
    public const int FirstYear = 1800;

    public const int LastYear = 2999;

    public const string Message = "'{0}' is {1:yyyy-MM-dd}, outside the years {2}–{3} a date here can have; check the year";

    public static bool Holds(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    public static Diagnostics.MessageText Explain(string field, DateOnly date) => Diagnostics.MessageText.Format(Message, field, date, FirstYear, LastYear);
}
