namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// Outputs no longer needed are moved aside (a rename in the same folder) and deleted only when
/// the whole run is over. On a virtual disk mounted with discard, creating files right after many
/// were deleted costs several times more than on a disk at rest, so a build measured just after
/// the previous size's outputs were deleted paid for that deletion; and which tool followed a
/// deletion was not even the same for both (ours after the previous size's, Hugo's after none).
/// Now no measured build follows a deletion, as on a CI runner's fresh disk.
/// </summary>
public sealed class RetiredOutputs
{
    private readonly List<string> retired = [];

    /// <summary>Moves <paramref name="folder"/> out of the way (to a hidden sibling), if it exists.</summary>
    public void Retire(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var aside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, $".retired-{Path.GetFileName(folder)}-{Guid.NewGuid():N}");
        Directory.Move(folder, aside);
        retired.Add(aside);
    }

    /// <summary>Deletes what was retired (at the end of the run, when nothing is measured any more).</summary>
    public void DeleteAll(TextWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var folder in retired.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        log.WriteLine($"Deleted {retired.Count} retired output folder(s) in {clock.Elapsed.TotalSeconds:0.0} s");
        retired.Clear();
    }
}
