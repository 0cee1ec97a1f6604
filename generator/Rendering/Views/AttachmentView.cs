namespace DecisionsPortal.Rendering.Views;

/// <summary>An attachment as a decision page lists it: title, link, type ("PDF") and size in the page's language ("1,2 Mt").</summary>
public sealed record AttachmentView(string Title, string Url, string Type, string Size);
