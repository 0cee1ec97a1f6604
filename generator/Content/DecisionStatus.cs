namespace DecisionsPortal.Content;

/// <summary>
/// What became of the matter at the meeting; the page shows it under the label of its language.
/// <see cref="Agenda"/>: on a published agenda, not decided yet; the same file becomes the
/// decision when the minutes are out, so its address never changes.
/// </summary>
public enum DecisionStatus
{
    AsProposed,
    Amended,
    Tabled,
    Returned,
    Rejected,
    Removed,
    Agenda,
}
