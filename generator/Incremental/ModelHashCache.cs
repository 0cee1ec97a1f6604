using System.Runtime.CompilerServices;
using DecisionsPortal.Content;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Incremental;

/// <summary>
/// The fingerprints of decisions, kept between serve's builds: an unchanged file's decision comes
/// back from the parse cache as the same object, so only an edited decision is hashed again.
/// Keyed by the object, never by path: a decision that changed is a new object.
/// </summary>
public sealed class ModelHashCache
{
    private ConditionalWeakTable<Decision, Entry> entries = new();
    private ConditionalWeakTable<DecisionPage, PathAndLinks> pathsAndLinks = new();

    public void Clear()
    {
        entries = new ConditionalWeakTable<Decision, Entry>();
        pathsAndLinks = new ConditionalWeakTable<DecisionPage, PathAndLinks>();
    }

    /// <summary>A page's path and links, hashed once for the instance (the Model stage keeps an unchanged decision's page from build to build).</summary>
    internal Fingerprint PathAndLinksOf(DecisionPage page, Func<DecisionPage, Fingerprint> hash) =>
        pathsAndLinks.GetValue(page, p => new PathAndLinks(hash(p))).Value;

    internal (Fingerprint Whole, Fingerprint WithoutBody) Of(Decision decision, Func<Decision, (Fingerprint Whole, Fingerprint WithoutBody)> hash)
    {
        if (entries.TryGetValue(decision, out var entry))
        {
            return entry.Value;
        }

        var value = hash(decision);
        entries.AddOrUpdate(decision, new Entry(value));
        return value;
    }

    private sealed record Entry((Fingerprint Whole, Fingerprint WithoutBody) Value);

    private sealed record PathAndLinks(Fingerprint Value);
}
