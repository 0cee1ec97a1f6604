using System.Runtime.CompilerServices;
using DecisionsPortal.Content;
using DecisionsPortal.Output;

namespace DecisionsPortal.Incremental;

/// <summary>
/// The fingerprints of decisions, kept between serve's builds: an unchanged file's decision comes
/// back from the parse cache as the same object, so only an edited decision is hashed again.
/// Keyed by the object, never by path: a decision that changed is a new object.
/// </summary>
public sealed class ModelHashCache
{
    private ConditionalWeakTable<Decision, Entry> entries = new();

    public void Clear() => entries = new ConditionalWeakTable<Decision, Entry>();

    internal (Fingerprint Full, Fingerprint Summary) Of(Decision decision, Func<Decision, (Fingerprint Full, Fingerprint Summary)> hash)
    {
        if (entries.TryGetValue(decision, out var entry))
        {
            return entry.Value;
        }

        var value = hash(decision);
        entries.AddOrUpdate(decision, new Entry(value));
        return value;
    }

    private sealed record Entry((Fingerprint Full, Fingerprint Summary) Value);
}
