namespace DecisionsPortal.Site;

/// <summary>One page of a listing; <see cref="Number"/> counts from 1.</summary>
public sealed record ListingPage(int Number, string Path, IReadOnlyList<DecisionPage> Items);
