using DecisionsPortal.Content;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Incremental;

/// <summary>
/// The fingerprints of decisions, kept between serve's builds: an unchanged file's decision comes
/// back from the parse cache as the same object, so only an edited decision is hashed again.
/// Keyed by the object, never by path: a decision that changed is a new object.
/// </summary>
public sealed class ModelHashCache
{
    private BuildMemo<Decision, (Fingerprint Whole, Fingerprint WithoutBody)> entries = new(ReferenceEqualityComparer.Instance);
    private BuildMemo<DecisionPage, Fingerprint> pathsAndLinks = new(ReferenceEqualityComparer.Instance);

    public void Clear()
    {
        entries = new(ReferenceEqualityComparer.Instance);
        pathsAndLinks = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>A new build begins: the decisions and pages the last one did not use are forgotten.</summary>
    public void NextBuild()
    {
        entries.NextBuild();
        pathsAndLinks.NextBuild();
    }

    /// <summary>A page's path and links, hashed once for the instance (the Model stage keeps an unchanged decision's page from build to build).</summary>
    internal Fingerprint PathAndLinksOf(DecisionPage page, Func<DecisionPage, Fingerprint> hash) =>
        pathsAndLinks.GetOrAdd(page, hash);

    internal (Fingerprint Whole, Fingerprint WithoutBody) Of(Decision decision, Func<Decision, (Fingerprint Whole, Fingerprint WithoutBody)> hash) =>
        entries.GetOrAdd(decision, hash);
}
