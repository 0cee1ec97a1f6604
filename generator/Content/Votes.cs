namespace DecisionsPortal.Content;

/// <summary>The result of a vote as recorded in the minutes; a side the editor left out is null.</summary>
public sealed record Votes(VoteCount? For, VoteCount? Against, VoteCount? Abstained, VoteCount? Absent)
{
    public static readonly string[] Sides = ["for", "against", "abstained", "absent"];

    // Methods, not properties: the open data serializes a decision's votes by their properties.

    /// <summary>The sides in the order of <see cref="Sides"/>.</summary>
    public VoteCount?[] BySide() => [For, Against, Abstained, Absent];

    /// <summary>The names of every side.</summary>
    public IEnumerable<string> Names() => BySide().SelectMany(side => side?.Names ?? []);

    /// <summary>The same votes, each side that is there made anew.</summary>
    public Votes MapSides(Func<VoteCount, VoteCount> map)
    {
        VoteCount? Side(VoteCount? side) => side is null ? null : map(side);
        return new(Side(For), Side(Against), Side(Abstained), Side(Absent));
    }
}
