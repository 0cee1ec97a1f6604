using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Members;

/// <summary>Where a name in a vote, a dissent or a meeting's attendance links: the member's person page, or nowhere.</summary>
public static class PersonLinks
{
    /// <summary>The link to the member's page; null for a name not in the register or one that is personal data.</summary>
    public static string? Of(SiteModel site, string language, string name, IReadOnlySet<string> personalNames) =>
        personalNames.Contains(name) || site.Members.Find(language, Slugs.From(name)) is not { } member ? null : site.Paths.Link(member.Path);
}
