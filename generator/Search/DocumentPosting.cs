namespace DecisionsPortal.Search;

/// <summary>One term's posting in one document before scoring: its summed weight, positions and surface forms.</summary>
internal sealed record DocumentPosting(string Term, int Doc, int Weight, int[] Positions, string[] Surfaces);
