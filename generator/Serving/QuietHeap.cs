using System.Runtime;

namespace DecisionsPortal.Serving;

/// <summary>
/// Keeps the garbage collector out of one rebuild. An edit at 10,000 decisions a language
/// allocates about 170 MB; with the workstation GC's small first generation that was some 16
/// collections of it and 7 of the next, each walking a heap of a gigabyte that serve keeps, which
/// cost more than the work itself on a busy machine. In a no-GC region the rebuild allocates from
/// memory set aside before it, and the heap is collected once, when the next region starts (often
/// with nothing to do). A rebuild that allocates more (the first, or a large site) ends the region
/// early and is collected as before. Only serve does this: a build is one allocation run anyway.
/// </summary>
internal static class QuietHeap
{
    private const long Budget = 384L * 1024 * 1024;

    // Without it the runtime sets the whole budget aside for large objects as well (twice the memory).
    private const long LargeObjects = 32L * 1024 * 1024;

    /// <summary>Starts a region for the rebuild about to run; false when none could be started.</summary>
    public static bool Begin()
    {
        try
        {
            return GCSettings.LatencyMode != GCLatencyMode.NoGCRegion && GC.TryStartNoGCRegion(Budget, LargeObjects);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another region is open (tests run rebuilders side by side), or the runtime allows less: rebuild as before.
            return false;
        }
    }

    /// <summary>Ends the region <see cref="Begin"/> started, unless the rebuild's allocations ended it already.</summary>
    public static void End(bool begun)
    {
        if (!begun || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile by a collection (allocations beyond the budget): nothing is left to end.
        }
    }
}
