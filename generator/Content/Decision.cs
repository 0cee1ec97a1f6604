using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// One decision file as written, validated but not yet related to others. Markdown stays
/// Markdown here: turning it into HTML is the Render stage's job.
/// </summary>
public sealed record Decision(
    string Language,
    string Key,
    string Slug,
    SourceLocation File,
    string Title,
    DateOnly Date,
    string Body,
    int? Section,
    string? Dnro,
    Person Preparer,
    Person Presenter,
    string Proposal,
    string? DecisionText,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Attachment> Attachments,
    bool Draft,
    string Markdown,
    IReadOnlyDictionary<string, SourceLocation> FieldLocations,
    LegalFields? Legal = null)
{
    /// <summary>The case, meeting and law fields; <see cref="LegalFields.None"/> when the file has none.</summary>
    public LegalFields Law => Legal ?? LegalFields.None;

    /// <summary>Where a field was written, for messages about it; the file itself when it was left out.</summary>
    public SourceLocation LocationOf(string field) => FieldLocations.TryGetValue(field, out var location) ? location : File;

    /// <summary>Every text and name of the file that may hold a personal-data mark.</summary>
    public IEnumerable<string?> MarkableTexts() => new[] { Title, Proposal, DecisionText, Law.Previous, Markdown }
        .Concat(Attachments.Select(a => a.Title))
        .Concat(Law.Dissent.SelectMany(x => new[] { x.Name, x.Text }))
        .Concat(Law.Votes?.Names() ?? []);

    /// <summary>The folder the file is in (a full path); attachments are found beside the file.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Old addresses that redirect to this decision (front matter <c>aliases:</c>).</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>The file's line on which the Markdown body starts, so positions inside the body can be shown as lines of the file.</summary>
    public int MarkdownFirstLine { get; init; } = 1;

    /// <summary>
    /// The names in votes and dissent that are personal data (marked, or in a field listed under
    /// <c>personal:</c>), unmarked: set on <see cref="AsShownOnItsPage"/>, so that the page links no
    /// person page for them.
    /// </summary>
    public IReadOnlySet<string> PersonalNames { get; init; } = NoNames;

    /// <summary>The day <see cref="Site.Publication"/> took personal data out of the decision (the day after its appeal period ended); null while it shows it.</summary>
    public DateOnly? PersonalDataRemovedOn { get; init; }

    /// <summary>Whether <see cref="Site.Publication"/> took personal data out of the decision.</summary>
    public bool PersonalDataRemoved => PersonalDataRemovedOn is not null;

    /// <summary>
    /// The decision as its own page shows it while its personal data is published (a mark in any
    /// of its texts, a field under <c>personal:</c>): set by <see cref="Site.Publication"/>, whose
    /// record every other output reads, with the data already replaced as it will be after its
    /// last day. The page then asks search engines not to index it, so that no copy of theirs
    /// keeps the data after that day. Null when the page shows nothing more than the record.
    /// </summary>
    public Decision? AsShownOnItsPage { get; init; }

    /// <summary>
    /// The attachment files published beside the decision's page: those its page lists, which
    /// until their last day include files under <c>personal: [attachments]</c> that no other output lists.
    /// </summary>
    public IReadOnlyList<Attachment> PublishedFiles => (AsShownOnItsPage ?? this).Attachments;

    internal static readonly IReadOnlySet<string> NoNames = new HashSet<string>(StringComparer.Ordinal);
}
