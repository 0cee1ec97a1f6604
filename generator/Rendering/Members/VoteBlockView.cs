namespace DecisionsPortal.Rendering.Members;

/// <summary>
/// A decision page's vote: each side with its count and its named voters grouped by council
/// group (as the Helsinki portal shows them), and the same result as one row per group.
/// </summary>
public sealed record VoteBlockView(
    IReadOnlyList<VoteSideView> Sides,
    bool HasNames,
    IReadOnlyList<VoteGroupTallyView> ByGroup,
    IReadOnlyList<DissentNameView> Dissent);

/// <summary>One side of the vote (for, against, abstained, absent).</summary>
public sealed record VoteSideView(string Side, string Label, int Count, IReadOnlyList<VoteGroupView> Groups);

/// <summary>A council group's named voters on one side; <see cref="Label"/> is null for names of no known group.</summary>
public sealed record VoteGroupView(string? Label, IReadOnlyList<NameView> Names);

/// <summary>
/// A name as the minutes write it, linked to the member's page when the register has the member
/// (and the name is no personal data). <see cref="Comma"/>: a name after the first of a list, so
/// that the template needs no loop variable (which the compiled templates do not read).
/// </summary>
public sealed record NameView(string Name, string? Url, bool Comma = false);

/// <summary>One council group's votes per side, in the order of <see cref="VoteBlockView.Sides"/>.</summary>
public sealed record VoteGroupTallyView(string Label, IReadOnlyList<int> Counts);

/// <summary>A dissenting opinion with its author's name linked like a voter's.</summary>
public sealed record DissentNameView(NameView Name, string? Text);
