namespace DecisionsPortal.Shared;

/// <summary>
/// Values kept from one build to the next: an entry a build used is kept for the next one, and
/// an entry it did not use (a deleted decision, a changed diary number) is dropped when the next
/// one starts. A hash table, not a <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey, TValue}"/>:
/// serve looks up each of 20,000 decisions and pages several times an edit, and a weak table's lookup
/// (through the runtime's dependent handles) cost several times a dictionary's.
/// Lookups may run on several threads; <see cref="NextBuild"/> runs alone, between builds.
/// </summary>
internal sealed class BuildMemo<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> entries = new(comparer);
    private int build;

    public void NextBuild()
    {
        foreach (var (key, entry) in entries)
        {
            if (entry.Build != build)
            {
                entries.TryRemove(key, out _);
            }
        }

        build++;
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        if (entries.TryGetValue(key, out var entry))
        {
            entry.Build = build;
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (TryGetValue(key, out var value))
        {
            return value;
        }

        // The first value stored wins, so threads that made one for the same key all go on with it.
        return entries.GetOrAdd(key, new Entry(make(key), build)).Value;
    }

    private sealed class Entry(TValue value, int build)
    {
        public TValue Value { get; } = value;

        // Written by every thread that finds the entry in one build, all with the same number.
        public int Build { get; set; } = build;
    }
}
