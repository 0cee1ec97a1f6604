using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Content.Members;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Incremental;

/// <summary>
/// The fingerprint of what the Model stage is made from, but decisions' bodies: site.yml as read
/// (the build date and the i18n texts with it), the meeting files, the register of members and
/// each decision file's fields, in the order they were loaded. The model is a function of these
/// and of the bodies, so while this fingerprint stands the listings, cases, meetings, members'
/// pages and redirects stand too, and need not be walked to know it; what of a body reaches
/// other pages (its links, what the law made of it) is in each decision page's own part of
/// <see cref="Fingerprints"/>. An unchanged decision is hashed once a serve session (by the
/// instance the parse cache keeps), so after one edit this is one lookup a decision.
/// </summary>
public static class ModelInputs
{
    public static Fingerprint Of(SiteConfig config, IReadOnlyList<Decision> decisions, IReadOnlyList<Meeting> meetings, MemberRegister members, ModelHashCache cache)
    {
        var hasher = new ModelHasher(cache);
        var parts = new Fingerprint[decisions.Count + 1];
        parts[0] = hasher.Of(new SiteWide(config, meetings, members));
        for (var i = 0; i < decisions.Count; i++)
        {
            parts[i + 1] = hasher.WithoutBody(decisions[i]);
        }

        return Fingerprint.Of(parts);
    }

    private sealed record SiteWide(SiteConfig Config, IReadOnlyList<Meeting> Meetings, MemberRegister Members);
}
