using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Output;

/// <summary>
/// Publishing files that are all made already (the build streams into a <see cref="StagingFolder"/>
/// instead), and the checks every writer of the output shares.
/// </summary>
public static class OutputPublisher
{
    /// <summary>Marks a folder as ours, so a mistyped --output never replaces someone's files.</summary>
    public const string MarkerFile = ".decisionsportal";

    public static bool Publish(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var staging = StagingFolder.Begin(outputDirectory, diagnostics);
        if (staging is null)
        {
            return false;
        }

        staging.Expect(files);
        Parallel.For(0, files.Count, i => staging.Write(files[i], files[i].Make()!));
        return staging.Finish(succeeded: true);
    }

    /// <summary>The full path of a file inside the folder; a path that would leave it is refused.</summary>
    public static string SafeTarget(string root, string relativePath)
    {
        var target = Path.GetFullPath(Path.Combine(root, relativePath));
        if (Path.IsPathRooted(relativePath) || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{relativePath}' outside the output folder");
        }

        return target;
    }
}
