namespace DecisionsPortal.Content;

/// <summary>The result of a vote as recorded in the minutes; a side the editor left out is null.</summary>
public sealed record Votes(VoteCount? For, VoteCount? Against, VoteCount? Abstained, VoteCount? Absent)
{
    public static readonly string[] Sides = ["for", "against", "abstained", "absent"];
}
