namespace DecisionsPortal.Content;

/// <summary>Someone present at a meeting, with the role the minutes give (puheenjohtaja, jäsen, varajäsen …) when written.</summary>
public sealed record Attendee(string Name, string? Role);
