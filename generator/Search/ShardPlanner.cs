namespace DecisionsPortal.Search;

/// <summary>
/// Cuts the ordinally sorted terms into shards of about <see cref="TargetBytes"/>: each shard is a
/// range of terms, so its first term is a prefix boundary and the browser finds the shard of any
/// term by binary search in the manifest. A term larger than the target gets a shard of its own,
/// so a query for a common word fetches that word's postings and nothing else.
/// </summary>
public static class ShardPlanner
{
    public const int TargetBytes = 8 * 1024;

    /// <summary>The index of the first term of every shard.</summary>
    public static IReadOnlyList<int> Plan(IReadOnlyList<int> termSizes, int targetBytes = TargetBytes)
    {
        var starts = new List<int>();
        var size = 0;
        for (var i = 0; i < termSizes.Count; i++)
        {
            var alone = termSizes[i] >= targetBytes;
            if (i == 0 || alone || size + termSizes[i] > targetBytes)
            {
                starts.Add(i);
                size = 0;
            }

            size += termSizes[i];
            if (alone)
            {
                size = targetBytes;
            }
        }

        return starts;
    }

    /// <summary>The shard holding <paramref name="term"/>: the last shard whose first term is not after it.</summary>
    public static int Find(IReadOnlyList<string> firstTerms, string term)
    {
        int low = 0, high = firstTerms.Count - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(firstTerms[mid], term) <= 0)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
