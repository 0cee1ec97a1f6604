using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Output;

/// <summary>
/// The Publish stage. Files are written to a new folder beside the output, which then replaces
/// the output in two renames; until the swap the previous site stays whole, and if anything
/// fails it stays as it was. Paths are checked so that nothing lands outside the folder, and
/// only a folder an earlier build wrote (or an empty one) is ever replaced.
/// </summary>
public static class OutputPublisher
{
    /// <summary>Marks a folder as ours, so a mistyped --output never replaces someone's files.</summary>
    public const string MarkerFile = ".decisionsportal";

    public static bool Publish(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            diagnostics.Error(DiagnosticCodes.OutputNotOurs, new SourceLocation(PathDisplay.Relative(output)),
                $"refusing to replace this folder: it was not written by DecisionsPortal (it has no {MarkerFile} file); empty it or choose another output folder");
            return false;
        }

        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, MarkerFile), "This folder is written by DecisionsPortal and replaced whole on every build.\n");
            foreach (var file in files)
            {
                var target = SafeTarget(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }

            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {e.Message}");
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            return false;
        }
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
