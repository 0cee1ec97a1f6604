namespace DecisionsPortal.Rendering.Changes;

/// <summary>One comparison on a decision page: what it compares (heading, note) and the words that changed.</summary>
public sealed record ChangeView(string Id, string Heading, string Note, RawHtml Diff);
