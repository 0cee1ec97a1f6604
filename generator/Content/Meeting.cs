using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// One meeting file, <c>content/&lt;lang&gt;/meetings/&lt;organ&gt;/&lt;date&gt;.md</c>: where and when an organ
/// met, who attended, whether it was held, and the day its minutes went public, from which the
/// appeal period of every decision made there is counted.
/// </summary>
public sealed record Meeting(
    string Language,
    string Body,
    DateOnly Date,
    SourceLocation File,
    MeetingNumber? Number,
    string? Place,
    TimeOnly? Start,
    TimeOnly? End,
    IReadOnlyList<Attendee> Attendees,
    bool Cancelled,
    DateOnly? MinutesPublic,
    string Markdown,
    int MarkdownFirstLine = 1)
{
    /// <summary>
    /// The attendees whose name is marked as personal data, as this record writes them (names in
    /// <see cref="AsShownOnItsPage"/>, placeholders in the record the other outputs read): set by
    /// <see cref="Site.Publication"/>; never linked to a person page nor counted as a member's attendance.
    /// </summary>
    public IReadOnlySet<string> PersonalNames { get; init; } = Decision.NoNames;

    /// <summary>
    /// The file as its meeting's own page shows it while its personal data is published: set by
    /// <see cref="Site.Publication"/>, whose record the calendar, feeds and open data read, with
    /// the data already replaced. The page then asks search engines not to index it.
    /// </summary>
    public Meeting? AsShownOnItsPage { get; init; }

    /// <summary>The day <see cref="Site.Publication"/> took personal data out of the file (the day after its appeal period ended); null while it shows it or had none.</summary>
    public DateOnly? PersonalDataRemovedOn { get; init; }

    /// <summary>Where each field's value is written, for the checks of the site stage.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = NoLocations;

    public SourceLocation LocationOf(string field) => FieldLocations.TryGetValue(field, out var location) ? location : File;

    private static readonly IReadOnlyDictionary<string, SourceLocation> NoLocations = new Dictionary<string, SourceLocation>();
}
