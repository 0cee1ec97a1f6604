using System.IO.Hashing;
using System.Runtime.InteropServices;

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

    /// <summary>About one term in this many is an anchor (<see cref="IsAnchor"/>).</summary>
    public const int AnchorEvery = 2048;

    /// <summary>
    /// The index of the first term of every shard. With <paramref name="anchor"/>, an anchor term
    /// always starts a shard, so a term whose size changed moves the cuts only up to the next
    /// anchor, and <c>serve</c> re-encodes a few shards rather than every one after it.
    /// </summary>
    public static IReadOnlyList<int> Plan(IReadOnlyList<int> termSizes, int targetBytes = TargetBytes, Func<int, bool>? anchor = null)
    {
        var starts = new List<int>();
        var size = 0;
        for (var i = 0; i < termSizes.Count; i++)
        {
            var alone = termSizes[i] >= targetBytes;
            if (i == 0 || alone || size + termSizes[i] > targetBytes || (anchor is not null && anchor(i)))
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

    /// <summary>Whether a term starts a shard whatever came before it: decided by its own characters alone (FNV-1a), so the same in every build.</summary>
    public static bool IsAnchor(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return ((hash * 2654435769u) >> 16) % AnchorEvery == 0;
    }

    /// <summary>
    /// The name of the anchor segment <paramref name="anchor"/> starts, which its shards' files are
    /// named by: a hash of the term alone (eight hex digits), so a segment keeps its name whatever
    /// comes, goes or is cut otherwise before it.
    /// </summary>
    public static string SegmentName(string anchor) =>
        (XxHash3.HashToUInt64(MemoryMarshal.AsBytes(anchor.AsSpan())) >> 32).ToString("x8", CultureInfo.InvariantCulture);
}
