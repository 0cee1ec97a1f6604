namespace DecisionsPortal.Rendering.Data;

/// <summary>An attachment: its title, its address, its type (the file extension in capitals) and its size in bytes.</summary>
public sealed record AttachmentData(string Title, string Url, string Type, long Size);
