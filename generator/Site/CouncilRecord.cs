namespace DecisionsPortal.Site;

/// <summary>
/// The council's record as the law sees it: cases, meetings and their calendars, the appeal of
/// each decision page, tombstones of removed decisions, and when each piece of personal data expires.
/// Every text here has already been redacted and stripped by <see cref="LawPass"/>.
/// </summary>
public sealed record CouncilRecord(
    IReadOnlyList<CasePage> Cases,
    IReadOnlyList<MeetingPage> Meetings,
    IReadOnlyList<MeetingCalendar> Calendars,
    IReadOnlyDictionary<string, DecisionLaw> ByPagePath,
    IReadOnlyList<Tombstone> Tombstones,
    IReadOnlyList<PersonalDataExpiry> Expiries)
{
    public static readonly CouncilRecord Empty = new([], [], [], new Dictionary<string, DecisionLaw>(), [], []);

    public DecisionLaw For(DecisionPage page) => ByPagePath.TryGetValue(page.Path, out var law) ? law : DecisionLaw.None;
}
