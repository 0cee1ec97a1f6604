using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Someone present at a meeting, with the role the minutes give (puheenjohtaja, jäsen, varajäsen …)
/// when written, and where the name and the role are written, for the checks that find a slip in them.
/// </summary>
public sealed record Attendee(string Name, string? Role, SourceLocation Location, SourceLocation? RoleLocation);
