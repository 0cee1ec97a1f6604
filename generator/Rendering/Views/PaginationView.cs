namespace DecisionsPortal.Rendering.Views;

public sealed record PaginationView(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PageLinkView> Pages);
