namespace DecisionsPortal.Content;

/// <summary>The result of a vote as recorded in the minutes; a side the editor left out is null.</summary>
public sealed record Votes(VoteCount? For, VoteCount? Against, VoteCount? Abstained, VoteCount? Absent)
{
    public static readonly string[] Sides = ["for", "against", "abstained", "absent"];

    /// <summary>The minutes' own words for the sides, answered with the side's name as a field's are.</summary>
    public static readonly IReadOnlyDictionary<string, string> LocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jaa"] = "for", ["puolesta"] = "for", ["ja"] = "for", ["för"] = "for",
        ["ei"] = "against", ["vastaan"] = "against", ["nej"] = "against", ["emot"] = "against",
        ["tyhjä"] = "abstained", ["tyhjää"] = "abstained", ["tyhjiä"] = "abstained", ["blankt"] = "abstained", ["blanka"] = "abstained", ["avstod"] = "abstained",
        ["poissa"] = "absent", ["poissaolevat"] = "absent", ["frånvarande"] = "absent",
    };

    // Methods, not properties: the open data serializes a decision's votes by their properties.

    /// <summary>The sides in the order of <see cref="Sides"/>.</summary>
    public VoteCount?[] BySide() => [For, Against, Abstained, Absent];

    /// <summary>The sides the minutes recorded, in the order of <see cref="Sides"/>, each with its name.</summary>
    public IEnumerable<(string Side, VoteCount Count)> Recorded() => Sides.Zip(BySide()).Where(s => s.Second is not null).Select(s => (s.First, s.Second!));

    /// <summary>The names of every side.</summary>
    public IEnumerable<string> Names() => BySide().SelectMany(side => side?.Names ?? []);

    /// <summary>The same votes, each side that is there made anew.</summary>
    public Votes MapSides(Func<VoteCount, VoteCount> map)
    {
        VoteCount? Side(VoteCount? side) => side is null ? null : map(side);
        return new(Side(For), Side(Against), Side(Abstained), Side(Absent));
    }
}
