using DecisionsPortal.Configuration;

namespace DecisionsPortal.Content.Members;

/// <summary>
/// The elected members of <c>content/members.yml</c>: the council groups (valtuustoryhmät) with
/// their names per language, and each member's group and roles. <see cref="Text"/> is the file
/// as read, so serve can tell an edited register from an unchanged one.
/// </summary>
public sealed record MemberRegister(string Path, string Text, IReadOnlyList<LabelledId> Groups, IReadOnlyList<Member> Members)
{
    public static readonly MemberRegister Empty = new("", "", [], []);

    public LabelledId? Group(string? id) => id is null ? null : Groups.FirstOrDefault(g => g.Id == id);
}
