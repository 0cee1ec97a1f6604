namespace DecisionsPortal.Rendering.Views;

/// <summary>An Atom feed a page offers: its title for feed readers and its address.</summary>
public sealed record FeedView(string Title, string Url);
