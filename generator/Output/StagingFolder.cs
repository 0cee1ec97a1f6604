using System.Collections.Concurrent;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Output;

/// <summary>
/// The Publish stage, streamed: each file is written into a new folder beside the output as soon
/// as it is made, and <see cref="Finish"/> then puts that folder in the output's place in two
/// renames. Until the swap the previous site stays whole; if anything fails (a write, or an
/// error found while rendering) the new folder is deleted and the previous site stays as it was.
/// Paths are checked so that nothing lands outside the folder, and only a folder an earlier build
/// wrote (or an empty one) is ever replaced.
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private readonly string output;
    private readonly string staging;
    private readonly string? previous;
    private readonly DiagnosticBag diagnostics;
    // A folder is made once; whoever needs it before it exists waits for it (Lazy), since one
    // producer's files may be listed (Expect) while another's are written into the same folders.
    private readonly ConcurrentDictionary<string, Lazy<bool>> folders = new(StringComparer.Ordinal);
    private Exception? failure;
    private int written;

    private StagingFolder(string output, string staging, DiagnosticBag diagnostics)
    {
        this.output = output;
        this.staging = staging;
        this.diagnostics = diagnostics;
        previous = Directory.Exists(output) ? output : null;
        folders[staging] = new Lazy<bool>(true);
    }

    /// <summary>How many files were written (or linked) into the new folder.</summary>
    public int Written => written;

    /// <summary>The new folder beside <paramref name="outputDirectory"/>; null (and an error reported) when the output is not ours or cannot be written.</summary>
    public static StagingFolder? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, OutputPublisher.MarkerFile)))
        {
            diagnostics.Error(DiagnosticCodes.OutputNotOurs, new SourceLocation(PathDisplay.Relative(output)),
                $"refusing to replace this folder: it was not written by DecisionsPortal (it has no {OutputPublisher.MarkerFile} file); empty it or choose another output folder");
            return null;
        }

        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputPublisher.MarkerFile), "This folder is written by DecisionsPortal and replaced whole on every build.\n");
            return new StagingFolder(output, staging, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {e.Message}");
            Delete(staging);
            return null;
        }
    }

    // Each folder is made once, from one thread, before its files are written: at 20,000 pages
    // the per-file system calls, not the bytes, are what writing costs, and threads making
    // folders side by side in one parent contend for it in the kernel.
    public void Expect(IReadOnlyList<OutputFile> files)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            foreach (var file in files)
            {
                Made(Path.GetDirectoryName(OutputPublisher.SafeTarget(staging, file.Path))!);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
    }

    public void Write(OutputFile file, byte[] content)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            var target = OutputPublisher.SafeTarget(staging, file.Path);

            Made(Path.GetDirectoryName(target)!);

            Place(file.Path, content, target);
            Interlocked.Increment(ref written);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
    }

    private void Made(string folder) =>
        _ = folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;

    public bool Finish(bool succeeded)
    {
        if (!succeeded || failure is not null)
        {
            if (failure is not null)
            {
                diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {failure.Message}");
            }

            Delete(staging);
            return false;
        }

        var retired = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        try
        {
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
            Delete(retired);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {e.Message}");
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            Delete(staging);
            return false;
        }
    }

    // A file whose bytes did not change is hard-linked from the previous output instead of
    // written again: it keeps its modification time (so rsync, CDN uploads and serve's reload
    // see only what changed) and costs one system call instead of create, write and close.
    // The previous output is never modified, so a failed build still leaves it as it was.
    private void Place(string path, byte[] content, string target)
    {
        if (previous is not null)
        {
            var old = Path.Combine(previous, path);
            if (Unchanged(old, content) && HardLink.TryCreate(old, target))
            {
                return;
            }
        }

        // One open, one write, one close: File.WriteAllBytes also truncates, seeks and asks
        // the file system about locking, per file, and 80,000 files make that add up.
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    private static bool Unchanged(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder beside the output is harmless; the output itself is intact.
        }
    }
}
