namespace DecisionsPortal.Content;

/// <summary>One side of a vote: how many, and who when the minutes name them (a named list's length is its count).</summary>
public sealed record VoteCount(int Count, IReadOnlyList<string> Names);
