namespace DecisionsPortal.Law;

/// <summary>
/// The dates an appeal instruction states, derived from the day the minutes went public in the
/// general data network (kuntalaki 140 §).
/// </summary>
public sealed record AppealPeriod(AppealKind Kind, DateOnly MinutesPublic, DateOnly NoticeReceived, DateOnly LastDay)
{
    /// <summary>
    /// kuntalaki 139 §: a member of the municipality is deemed to have received notice of
    /// the decision seven days after the minutes were made public (the day of publication is not
    /// counted, laki 150/1930 1 §). The period then runs from that notice: 14 days for a claim
    /// for rectification (kuntalaki 138 §), 30 days for a municipal appeal (laki oikeudenkäynnistä
    /// hallintoasioissa 808/2019, 13 §). A period that would end on a weekend or a holiday ends
    /// on the next working day instead (laki 150/1930, 5 §). No period exists without an appeal.
    /// </summary>
    public static AppealPeriod? Compute(AppealKind kind, DateOnly minutesPublic)
    {
        var days = kind switch
        {
            AppealKind.Rectification => 14,
            AppealKind.Municipal => 30,
            _ => 0,
        };
        if (days == 0)
        {
            return null;
        }

        var received = minutesPublic.AddDays(7);
        return new AppealPeriod(kind, minutesPublic, received, FinnishHolidays.OnOrNextWorkingDay(received.AddDays(days)));
    }

    /// <summary>
    /// kuntalaki 140 §: personal data must leave the general data network once the appeal
    /// period has ended, i.e. from the day after its last day.
    /// </summary>
    public DateOnly PersonalDataExpires => LastDay.AddDays(1);
}
