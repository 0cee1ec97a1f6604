using System.Text.Json.Serialization;
using DecisionsPortal.Rendering.Data;

namespace DecisionsPortal.Rendering.Members;

/// <summary>The whole of <c>&lt;lang&gt;/members.json</c>; see <c>data/members.schema.json</c>.</summary>
public sealed record MembersFile(
    [property: JsonPropertyName("$schema")] string Schema,
    string Language,
    string Title,
    LicenceData? Licence,
    IReadOnlyList<TermData> Groups,
    IReadOnlyList<MembersFile.MemberData> Members)
{
    public sealed record MemberData(
        string Id, string Name, string Url, string Feed, TermData? Group, IReadOnlyList<RoleData> Roles,
        IReadOnlyList<VoteData> Votes, IReadOnlyList<DissentData> Dissents, IReadOnlyList<AttendanceData> Attendance);

    public sealed record RoleData(TermData Body, TermData Role, string From, string? To);

    public sealed record VoteData(string Decision, string Date, string Side);

    public sealed record DissentData(string Decision, string Date);

    public sealed record AttendanceData(string Meeting, string Body, string Date, string? Role);
}
