using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Output;

/// <summary>
/// The Publish stage, streamed: each file is compared, as soon as it is made, with the one the
/// previous build left at its path; only a file whose bytes changed is written, into a folder
/// beside the output. When every file was made without an error, <see cref="Finish"/> moves the
/// changed files over their old selves and removes what the build no longer makes
/// (<see cref="InPlaceUpdate"/>), or, when there was no output yet, moves the whole folder into
/// its place. Until then the output is not touched, so a build that fails (a write, or an error
/// found while rendering) leaves it as it was, and an unchanged file keeps its modification time
/// (rsync, CDN uploads and serve's reload see only what changed). An output that is a symbolic
/// link is followed: the site is published into the folder it leads to, and the link stays. Paths
/// are checked so that nothing lands outside the folder, and only a folder an earlier build wrote
/// (or an empty one) is ever changed. One build at a time holds the output (<see cref="OutputLock"/>),
/// and it first clears what a build that died left (<see cref="Leftovers"/>).
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private static readonly byte[] Marker = "This folder is written by DecisionsPortal: every build makes it the site as built, removing what the site no longer has.\n"u8.ToArray();

    private readonly string output;
    private readonly string staging;
    // Read while the content loads; null when there is no output yet.
    private readonly Task<PreviousOutput>? previous;
    private readonly FileStream held;
    private readonly DiagnosticBag diagnostics;
    // Folders and files are made on one thread of their own, in the order they are handed over;
    // the folders it made, so that each is made once, before the files in it, and the files it wrote.
    private readonly WriterThread writer = new();
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly List<string> staged = [];
    private readonly ConcurrentQueue<string> made = new();
    // Where the record of what this build wrote is kept for the next one (OutputRecord), and the record.
    private readonly string? cacheFolder;
    private readonly ConcurrentQueue<KeyValuePair<string, OutputRecord.Entry>> recorded = new();
    private Exception? failure;

    private StagingFolder(string output, string staging, FileStream held, DiagnosticBag diagnostics, string? cacheFolder)
    {
        this.output = output;
        this.staging = staging;
        this.held = held;
        this.diagnostics = diagnostics;
        this.cacheFolder = cacheFolder;
        previous = Directory.Exists(output) ? Task.Run(() => PreviousOutput.Read(output, OutputRecord.Load(cacheFolder, output))) : null;
        folders.Add(staging);
    }

    /// <summary>How many files the site has (written now, or kept as the previous build wrote them).</summary>
    public int SiteFiles => made.Count;

    /// <summary>How long the writer thread worked, and how long rendering waited for it (read after <see cref="Finish"/>).</summary>
    public (TimeSpan Busy, TimeSpan Blocked) WriterTiming => writer.Timing;

    /// <summary>How many of them were new or changed, and so written (read after <see cref="Finish"/>).</summary>
    public int Written => staged.Count(path => path != OutputFolder.MarkerFile);

    /// <summary>How many files of the previous output were read back to compare them (read after <see cref="Finish"/>).</summary>
    public int PreviousFilesRead => previous?.Result.FilesRead ?? 0;

    /// <summary>The new folder beside <paramref name="outputDirectory"/>; null (and an error reported) when the output is not ours or cannot be written.</summary>
    /// <param name="cacheFolder">Where the record of the files written is kept between builds (<see cref="OutputRecord"/>); none when null.</param>
    public static StagingFolder? Begin(string outputDirectory, DiagnosticBag diagnostics, string? cacheFolder = null)
    {
        var shown = new SourceLocation(PathDisplay.Relative(Path.GetFullPath(outputDirectory)));
        var output = RealPath.Of(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));
        FileStream? held = null;
        string? staging = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            held = OutputLock.Take(output);
            Leftovers.Clear(output);
            if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, OutputFolder.MarkerFile)))
            {
                diagnostics.Error(DiagnosticCodes.OutputNotOurs, shown,
                    $"refusing to write the site into this folder: it was not written by DecisionsPortal (it has no {OutputFolder.MarkerFile} file), and a build removes from its output folder the files that are not part of the site; empty it or choose another output folder");
                held.Dispose();
                return null;
            }

            staging = Leftovers.Staging(output);
            Directory.CreateDirectory(staging);
            return new StagingFolder(output, staging, held, diagnostics, cacheFolder);
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
    // folders side by side in one parent contend for it in the kernel. Over a previous output only
    // the folders of changed files are made, when one is written.
    public void Expect(IReadOnlyList<OutputFile> files)
    {
        if (failure is not null || previous is not null)
        {
            return;
        }

        string[] targets;
        try
        {
            targets = files.Select(f => Path.GetDirectoryName(OutputFolder.SafeTarget(staging, f.Path))!).ToArray();
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
        var bytes = Fingerprint.Of(content);
        Stage(file, previous => previous.Holds(file.Path, content, bytes), content.Length, handle => RandomAccess.Write(handle, content, 0), bytes);
    }

    // Copied on the writer thread by stream, a piece at a time: no more of it is in memory than a piece.
    // Not recorded: compared with the old copy by reading both, as hashing the source would read it too.
    public void Copy(OutputFile file, string source) =>
        Stage(file, previous => previous.Holds(file.Path, source), 0, handle => SourceCopy.Into(handle, source), null);

    // 'bytes': what the queued write holds in memory until it runs; 'fingerprint': of the bytes, for the record.
    private void Stage(OutputFile file, Func<PreviousOutput, bool> unchanged, long bytes, Action<Microsoft.Win32.SafeHandles.SafeFileHandle> write, Fingerprint? fingerprint)
    {
        if (failure is not null)
        {
            return;
        }

        string target;
        try
        {
            target = OutputFolder.SafeTarget(staging, file.Path);
            made.Enqueue(file.Path);
            // Compared here, on the rendering threads: reading costs little next to creating a file.
            if (previous is not null && unchanged(previous.Result))
            {
                if (fingerprint is { } kept)
                {
                    recorded.Enqueue(new(file.Path, previous.Result.Kept(file.Path, kept)));
                }

                return;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or AggregateException)
        {
            Interlocked.CompareExchange(ref failure, e, null);
            return;
        }

        writer.Post(bytes, () => Guarded(() =>
        {
            // One open, one write, one close: File.WriteAllBytes also truncates, seeks and asks
            // the file system about locking, per file, and 80,000 files make that add up.
            using (var handle = File.OpenHandle(Staged(target), FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(handle);
                if (fingerprint is { } written)
                {
                    // A rename keeps the time, so the next build finds the file with this one.
                    recorded.Enqueue(new(file.Path, new(bytes, File.GetLastWriteTimeUtc(handle).Ticks, written)));
                }
            }

            staged.Add(file.Path);
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

    // Where the next file waits, on the writer thread. A first build moves the staging folder into
    // place whole, so there each file waits at its path; over a previous output the changed files
    // wait side by side, named by their number, since each is renamed into the output alone (a
    // folder for them here would be made, and removed, for nothing).
    private string Staged(string target)
    {
        if (previous is null)
        {
            Made(Path.GetDirectoryName(target)!);
            return target;
        }

        return InPlaceUpdate.Waiting(staging, staged.Count);
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
                diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {(failure is AggregateException { InnerException: { } inner } ? inner : failure).Message}");
            }

            Leftovers.Delete(staging);
            return false;
        }

        try
        {
            var marker = Fingerprint.Of(Marker);
            if (previous?.Result.Holds(OutputFolder.MarkerFile, Marker, marker) == true)
            {
                recorded.Enqueue(new(OutputFolder.MarkerFile, previous.Result.Kept(OutputFolder.MarkerFile, marker)));
            }
            else
            {
                var waiting = Staged(Path.Combine(staging, OutputFolder.MarkerFile));
                File.WriteAllBytes(waiting, Marker);
                recorded.Enqueue(new(OutputFolder.MarkerFile, new(Marker.Length, File.GetLastWriteTimeUtc(waiting).Ticks, marker)));
                staged.Add(OutputFolder.MarkerFile);
            }

            if (previous is null)
            {
                Directory.Move(staging, output);
            }
            else
            {
                InPlaceUpdate.Apply(staging, output, previous.Result, staged, made.Append(OutputFolder.MarkerFile).ToHashSet(StringComparer.Ordinal));
                Leftovers.Delete(staging);
            }

            OutputRecord.Save(cacheFolder, output, recorded);
            return true;
        }
        catch (PartlyUpdatedException e)
        {
            diagnostics.Error(DiagnosticCodes.OutputPartlyUpdated, new SourceLocation(PathDisplay.Relative(Path.Combine(output, e.Path))),
                $"the new version of this file could not be put in place ({e.Message}); the output folder is now partly updated: {e.Moved} of the {e.Total} changed files are new, the others still old (each file is whole); build again to finish the update (if the same error comes back, remove its cause first)");
            Leftovers.Delete(staging);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {e.Message}");
            Leftovers.Delete(staging);
            return false;
        }
    }
}
