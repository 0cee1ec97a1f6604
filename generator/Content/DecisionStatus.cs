namespace DecisionsPortal.Content;

/// <summary>What became of the matter at the meeting; the page shows it under the label of its language.</summary>
public enum DecisionStatus
{
    AsProposed,
    Amended,
    Tabled,
    Returned,
    Rejected,
    Removed,
}
