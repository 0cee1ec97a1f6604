using DecisionsPortal.Content.Members;

namespace DecisionsPortal.Site;

/// <summary>
/// The register of elected members and, per language, what each member did on the published
/// record: votes, dissents and meetings attended. Built from what <see cref="Publication"/> let
/// through, so a name that is personal data (marked, or expired) is in none of it.
/// </summary>
public sealed record MemberRecord(MemberRegister Register, IReadOnlyList<MemberPage> Pages)
{
    public static readonly MemberRecord Empty = new(MemberRegister.Empty, []);

    private readonly Dictionary<(string, string), MemberPage> bySlug = Pages.ToDictionary(p => (p.Language, p.Member.Slug));

    /// <summary>The member's page in a language by the slug of the name, or null for a name not in the register.</summary>
    public MemberPage? Find(string language, string slug) => bySlug.GetValueOrDefault((language, slug));
}
