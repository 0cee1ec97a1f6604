using DecisionsPortal.Law;

namespace DecisionsPortal.Content;

/// <summary>
/// The optional fields that tie a decision to its case, its meeting and the law. Kept apart from
/// <see cref="Decision"/>'s core fields, so that a decision without any of them needs none of this.
/// <see cref="Withdrawn"/> takes a decision off the site; <see cref="WithdrawnOn"/> is the date
/// its tombstone in the open data carries when the editor gave one. <see cref="Previous"/> is the
/// decision's text as first published, kept by the editor when a correction (<see cref="Updated"/>)
/// changed it, so the page can show what changed.
/// </summary>
public sealed record LegalFields(
    MeetingNumber? Meeting,
    DecisionStatus? Status,
    Votes? Votes,
    IReadOnlyList<Dissent> Dissent,
    DateOnly? Updated,
    AppealKind? Appeal,
    bool Confidential,
    IReadOnlyList<string> Personal,
    bool Withdrawn,
    DateOnly? WithdrawnOn,
    int MarkdownFirstLine = 0,
    string? Previous = null)
{
    public static readonly LegalFields None = new(null, null, null, [], null, null, false, [], false, null);

    /// <summary>The front-matter fields whose whole value <c>personal:</c> may mark as personal data.</summary>
    public static readonly string[] PersonalFields = ["title", "proposal", "decision", "votes", "dissent", "attachments", "previous"];
}
