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

            // Every path is checked before anything is written; each folder is made once (not
            // once per file), and the files are written on all cores: at 20,000 pages the
            // per-file system calls, not the bytes, are what publishing costs.
            var targets = files.Select(f => SafeTarget(staging, f.Path)).ToArray();
            foreach (var folder in targets.Select(t => Path.GetDirectoryName(t)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            var previous = Directory.Exists(output) ? output : null;
            Parallel.For(0, files.Count, i => Place(previous, files[i], targets[i]));

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
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {Unwrap(e).Message}");
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

    // A file whose bytes did not change is hard-linked from the previous output instead of
    // written again: it keeps its modification time (so rsync, CDN uploads and serve's reload
    // see only what changed) and costs one system call instead of create, write and close.
    // The previous output is never modified, so a failed build still leaves it as it was.
    private static void Place(string? previous, OutputFile file, string target)
    {
        if (previous is not null && Unchanged(Path.Combine(previous, file.Path), file.Content) && HardLink.TryCreate(Path.Combine(previous, file.Path), target))
        {
            return;
        }

        File.WriteAllBytes(target, file.Content);
    }

    private static bool Unchanged(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    // Parallel.For wraps what a write threw; report the first cause, as a sequential loop would.
    private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e;

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
