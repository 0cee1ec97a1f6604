using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content.Members;

/// <summary>One elected member: the name as the minutes write it, its slug (the person page's address), a council group and roles.</summary>
public sealed record Member(string Name, string Slug, string? Group, IReadOnlyList<MemberRole> Roles, SourceLocation Location);
