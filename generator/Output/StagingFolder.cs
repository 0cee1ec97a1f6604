using System.Buffers;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Output;

/// <summary>
/// The Publish stage, streamed: each file is written into a new folder beside the output as soon
/// as it is made, and <see cref="Finish"/> then puts that folder in the output's place
/// (<see cref="FolderSwap"/>: one atomic exchange where the system has it). Until the swap the
/// previous site stays whole; if anything fails (a write, or an error found while rendering) the
/// new folder is deleted and the previous site stays as it was. An output that is a symbolic link
/// is followed: the site is published into the folder it leads to, and the link stays. Paths are
/// checked so that nothing lands outside the folder, and only a folder an earlier build wrote (or
/// an empty one) is ever replaced. One build at a time holds the output (<see cref="OutputLock"/>),
/// and it first clears what a build that died left (<see cref="Leftovers"/>).
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private readonly string output;
    private readonly string staging;
    private readonly string? previous;
    private readonly FileStream held;
    private readonly DiagnosticBag diagnostics;
    // Folders and files are made on one thread of their own, in the order they are handed over;
    // the folders it made, so that each is made once, before the files in it.
    private readonly WriterThread writer = new();
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private Exception? failure;
    private int written;

    private StagingFolder(string output, string staging, FileStream held, DiagnosticBag diagnostics)
    {
        this.output = output;
        this.staging = staging;
        this.held = held;
        this.diagnostics = diagnostics;
        previous = Directory.Exists(output) ? output : null;
        folders.Add(staging);
    }

    /// <summary>How many files were written (or linked) into the new folder.</summary>
    public int Written => written;

    /// <summary>The new folder beside <paramref name="outputDirectory"/>; null (and an error reported) when the output is not ours or cannot be written.</summary>
    public static StagingFolder? Begin(string outputDirectory, DiagnosticBag diagnostics)
    {
        var shown = new SourceLocation(PathDisplay.Relative(Path.GetFullPath(outputDirectory)));
        var output = Content.RealPath.Of(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));
        FileStream? held = null;
        string? staging = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            held = OutputLock.Take(output);
            Leftovers.Clear(output);
            if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, OutputPublisher.MarkerFile)))
            {
                diagnostics.Error(DiagnosticCodes.OutputNotOurs, shown,
                    $"refusing to replace this folder: it was not written by DecisionsPortal (it has no {OutputPublisher.MarkerFile} file); empty it or choose another output folder");
                held.Dispose();
                return null;
            }

            staging = Leftovers.Staging(output);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputPublisher.MarkerFile), "This folder is written by DecisionsPortal and replaced whole on every build.\n");
            return new StagingFolder(output, staging, held, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, shown, $"could not write the output: {e.Message}");
            if (staging is not null)
            {
                Leftovers.Delete(staging);
            }

            held?.Dispose();
            return null;
        }
    }

    // Each folder is made once, on the writer thread, before its files are written: at 20,000
    // pages the per-file system calls, not the bytes, are what writing costs, and threads making
    // folders side by side in one parent contend for it in the kernel.
    public void Expect(IReadOnlyList<OutputFile> files)
    {
        if (failure is not null)
        {
            return;
        }

        string[] targets;
        try
        {
            targets = files.Select(f => Path.GetDirectoryName(OutputPublisher.SafeTarget(staging, f.Path))!).ToArray();
        }
        catch (InvalidOperationException e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            return;
        }

        writer.Post(0, () => Guarded(() =>
        {
            foreach (var folder in targets)
            {
                Made(folder);
            }
        }));
    }

    public void Write(OutputFile file, byte[] content)
    {
        if (failure is not null)
        {
            return;
        }

        string target;
        try
        {
            target = OutputPublisher.SafeTarget(staging, file.Path);
        }
        catch (InvalidOperationException e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            return;
        }

        writer.Post(content.Length, () => Guarded(() =>
        {
            Made(Path.GetDirectoryName(target)!);
            Place(file.Path, content, target);
            written++;
        }));
    }

    // On the writer thread: the first failure is kept for Finish, and what follows is skipped.
    private void Guarded(Action work)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            work();
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
    }

    private void Made(string folder)
    {
        if (folders.Add(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    public bool Finish(bool succeeded)
    {
        using var _ = held;
        writer.Complete(cancel: !succeeded || failure is not null);
        if (!succeeded || failure is not null)
        {
            if (failure is not null)
            {
                diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {failure.Message}");
            }

            Leftovers.Delete(staging);
            return false;
        }

        var retired = Leftovers.Retired(output);
        try
        {
            FolderSwap.Replace(staging, output, retired);
            Leftovers.Delete(retired);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {e.Message}");
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }

            Leftovers.Delete(staging);
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

    // Compared through one small pooled buffer: reading each old file into an array of its own
    // allocated the whole previous output again (large-object heap for every page over 85 KB).
    private static bool Unchanged(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length != content.Length)
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(content.Length, 1, 1 << 16));
        try
        {
            for (var offset = 0; offset < content.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
