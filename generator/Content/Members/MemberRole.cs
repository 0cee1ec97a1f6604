using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content.Members;

/// <summary>A seat in an organ for a term: <see cref="To"/> is null while the term runs on.</summary>
public sealed record MemberRole(string Body, string Role, DateOnly From, DateOnly? To, SourceLocation Location)
{
    /// <summary>The roles an organ's members hold, as the minutes name them; their labels are in templates/i18n (role_…).</summary>
    public static readonly string[] Kinds = ["chair", "vice_chair", "member", "deputy"];

    public bool Holds(DateOnly day) => From <= day && (To is not { } to || day <= to);
}
