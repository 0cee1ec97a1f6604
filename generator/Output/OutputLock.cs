namespace DecisionsPortal.Output;

/// <summary>
/// One build at a time publishes an output folder: a lock file beside it (<c>.public.lock</c>),
/// held from the start of the staging folder to the swap. The kernel releases it when the process
/// dies however it dies, so a build that finds it free knows that every leftover is abandoned.
/// </summary>
internal static class OutputLock
{
    /// <summary>The held lock; an IOException when another build holds it.</summary>
    public static FileStream Take(string output) =>
        // FileShare.None is an exclusive flock(2) on Unix and a share lock on Windows.
        new(Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
