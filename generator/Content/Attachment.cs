namespace DecisionsPortal.Content;

/// <summary>A file listed in front matter; <see cref="File"/> is relative to the decision's folder.</summary>
public sealed record Attachment(string Title, string File);
