using System.Runtime;

namespace DecisionsPortal.Serving;

/// <summary>
/// Keeps the garbage collector out of one rebuild. An edit on a large site allocates a few hundred
/// megabytes; with the workstation GC's small first generation that is many collections, each
/// walking the large heap that serve keeps, which cost more than the work itself on a busy
/// machine. In a no-GC region the rebuild allocates from memory set aside before it. Starting a
/// region collects the whole heap, which takes a while on a large site, so serve starts the next rebuild's region shortly after a rebuild, while the editor
/// reads the page (<see cref="Prepare"/>); a rebuild that finds none open starts one itself. A
/// rebuild that allocates more than the budget (the first, or a large site) ends the region early
/// and is collected as usual. Only serve does this: a build is one allocation run anyway.
/// </summary>
internal static class QuietHeap
{
    private const long Budget = 384L * 1024 * 1024;

    // The part of the budget for large objects (a language's decisions.json and .csv, the search
    // index's arrays), sized to hold a one-decision edit's at the sizes the bench measures with room
    // to spare: a rebuild that outgrows it ends the region with a full collection of serve's heap,
    // running beside the rebuild. Without it the runtime sets the whole budget aside for large
    // objects as well (twice the memory).
    private const long LargeObjects = 128L * 1024 * 1024;

    private static bool Open => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    // A test process runs rebuilders beside hundreds of other tests in one heap, where a region
    // would collect all of it at every rebuild and hold every other test's garbage until it ends;
    // its runtimeconfig turns regions off (what serve writes does not depend on them).
    private static readonly bool Off = AppContext.TryGetSwitch("DecisionsPortal.Serving.NoQuietHeap", out var off) && off;

    /// <summary>Starts a region for a rebuild to come (collecting the heap now); true when one is open.</summary>
    public static bool Prepare()
    {
        if (Off)
        {
            return false;
        }

        try
        {
            return Open || GC.TryStartNoGCRegion(Budget, LargeObjects);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Another region is open (tests run rebuilders side by side), or the runtime allows less: rebuild with the usual collections.
            return Open;
        }
    }

    /// <summary>Ends the region the rebuild ran in, unless its allocations ended it already.</summary>
    public static void End(bool begun)
    {
        if (!begun || !Open)
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
