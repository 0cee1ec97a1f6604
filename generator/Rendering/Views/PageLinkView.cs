namespace DecisionsPortal.Rendering.Views;

/// <summary>A numbered page link; <see cref="GapBefore"/> marks skipped pages before it ("1 … 7 8 9").</summary>
public sealed record PageLinkView(int Number, string Url, bool Current, bool GapBefore);
