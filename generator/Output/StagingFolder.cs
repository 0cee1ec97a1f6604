using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Output;

/// <summary>
/// The Publish stage, streamed, of a build and of serve alike: each file is compared, as soon as it
/// is made, with the one the previous output has at its path (<see cref="PreviousOutput"/>); only a
/// file whose bytes changed is written, into a folder beside the output. When every file was made
/// without an error, <see cref="Finish"/> moves the changed files over their old selves and removes
/// what the build no longer makes (<see cref="InPlaceUpdate"/>), or, when there was no output yet,
/// moves the whole folder into its place. Until then the output is not touched, so a build that
/// fails (a write, or an error found while rendering) leaves it as it was, and an unchanged file
/// keeps its modification time (rsync, CDN uploads and serve's reload see only what changed). An
/// output that is a symbolic link is followed: the site is published into the folder it leads to,
/// and the link stays. Paths are checked so that nothing lands outside the folder, and only a
/// folder an earlier build wrote (or an empty one) is ever changed. One build at a time holds the
/// output (<see cref="OutputLock"/>), and it first clears what a build that died left
/// (<see cref="Leftovers"/>). serve's folder is its own: its previous output is kept in memory,
/// and its pages get what serve adds to them (its reload script and draft notice).
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private static readonly byte[] Marker = "This folder is written by DecisionsPortal: every build makes it the site as built, removing what the site no longer has.\n"u8.ToArray();

    private readonly string output;
    private readonly string staging;
    // Read while the content loads; null when there is no output yet.
    private readonly Task<PreviousOutput>? previous;
    private readonly bool kept;
    private readonly Func<string, byte[], byte[]>? pages;
    private readonly FileStream? held;
    private readonly DiagnosticBag diagnostics;
    // Folders and files are made on one thread of their own, in the order they are handed over;
    // the folders it made, so that each is made once, before the files in it, and the files it
    // wrote, by number (the first 'published' of them are in the output already: PublishSoFar).
    private readonly WriterThread writer = new();
    private readonly HashSet<string> folders = new(StringComparer.Ordinal);
    private readonly List<string> staged = [];
    private int published;
    // What each file made (written or not) is now, for the previous output of the next build.
    private readonly ConcurrentQueue<KeyValuePair<string, PreviousOutput.Entry>> made = new();
    // Where the record of what this build wrote is kept for the next one (OutputRecord).
    private readonly string? cacheFolder;
    private Exception? failure;

    private StagingFolder(string output, string staging, FileStream? held, DiagnosticBag diagnostics, string? cacheFolder, PreviousOutput? kept, Func<string, byte[], byte[]>? pages)
    {
        this.output = output;
        this.staging = staging;
        this.held = held;
        this.diagnostics = diagnostics;
        this.cacheFolder = cacheFolder;
        this.kept = kept is not null;
        this.pages = pages;
        previous = kept is not null ? Task.FromResult(kept)
            : Directory.Exists(output) ? Task.Run(() => PreviousOutput.Read(output, OutputRecord.Load(cacheFolder, output))) : null;
        folders.Add(staging);
    }

    /// <summary>How many files the site has, the marker file aside (written now, or kept as the previous build wrote them; read after <see cref="Finish"/>).</summary>
    public int SiteFiles { get; private set; }

    /// <summary>How long the writer thread worked, and how long rendering waited for it (read after <see cref="Finish"/>).</summary>
    public (TimeSpan Busy, TimeSpan Blocked) WriterTiming => writer.Timing;

    /// <summary>How many files were new or changed, and so written (the marker file aside), and how many old ones were removed (read after <see cref="Finish"/> or <see cref="PublishSoFar"/>).</summary>
    public (int Written, int Removed) Changed { get; private set; }

    /// <summary>How many files of the previous output were read back to compare them (read after <see cref="Finish"/>).</summary>
    public int PreviousFilesRead => previous?.Result.FilesRead ?? 0;

    /// <summary>The new folder beside <paramref name="outputDirectory"/>; null (and an error reported) when the output is not ours or cannot be written.</summary>
    /// <param name="cacheFolder">Where the record of the files written is kept between builds (<see cref="OutputRecord"/>); none when null.</param>
    /// <param name="kept">serve's previous output, kept in memory: its folder is its own, with no lock, marker or record.</param>
    /// <param name="pages">What serve adds to each page (path, bytes).</param>
    public static StagingFolder? Begin(string outputDirectory, DiagnosticBag diagnostics, string? cacheFolder = null, PreviousOutput? kept = null, Func<string, byte[], byte[]>? pages = null)
    {
        var shown = new SourceLocation(PathDisplay.Relative(Path.GetFullPath(outputDirectory)));
        var output = RealPath.Of(Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar));
        FileStream? held = null;
        string? staging = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            if (kept is null)
            {
                held = OutputLock.Take(output);
                Leftovers.Clear(output);
                if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, OutputFolder.MarkerFile)))
                {
                    diagnostics.Error(DiagnosticCodes.OutputNotOurs, shown,
                        $"refusing to write the site into this folder: it was not written by DecisionsPortal (it has no {OutputFolder.MarkerFile} file), and a build removes from its output folder the files that are not part of the site; empty it or choose another output folder");
                    held.Dispose();
                    return null;
                }
            }
            else
            {
                Directory.CreateDirectory(output);
            }

            // serve's staging folder is the user's alone, as its folder is: pages hold drafts.
            staging = Leftovers.Staging(output);
            _ = kept is null || OperatingSystem.IsWindows() ? Directory.CreateDirectory(staging) : Directory.CreateDirectory(staging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return new StagingFolder(output, staging, held, diagnostics, cacheFolder, kept, pages);
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

    // One lookup a file: a known file is marked as made whether kept or not, since one not kept is
    // made and written now. A build's previous output keeps no inputs, so it never works out a
    // file's fingerprint of inputs, which a one-off build has no use for.
    public bool AlreadyHolds(OutputFile file) =>
        kept && previous!.Result.Mark(file.Path, out var known) && known.Inputs is { } inputs && file.Fingerprint == inputs;

    public void Write(OutputFile file, byte[] content)
    {
        if (pages is not null && file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            content = pages(file.Path, content);
        }

        // Of the bytes: compared with the record's, and kept for the next build (none without a record).
        Fingerprint? bytes = kept || cacheFolder is not null ? Fingerprint.Of(content) : null;
        Stage(file, previous => previous.Holds(output, file.Path, content, bytes), content.Length, content.Length, handle => RandomAccess.Write(handle, content, 0), bytes);
    }

    // Copied on the writer thread by stream, a piece at a time: no more of it is in memory than a
    // piece. Compared with the old copy by reading both, as hashing the source would read it too. A
    // web page attached is a page of the site to the browser, and gets what serve adds to the others.
    public void Copy(OutputFile file, string source)
    {
        if (pages is not null && file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            Write(file, File.ReadAllBytes(source));
            return;
        }

        Stage(file, previous => previous.Holds(output, file.Path, source), new FileInfo(source).Length, 0, handle => SourceCopy.Into(handle, source), null);
    }

    // 'length': of the file; 'bytes': what the queued write holds in memory until it runs; 'fingerprint': of the file's bytes, when known.
    private void Stage(OutputFile file, Func<PreviousOutput, bool> unchanged, long length, long bytes, Action<Microsoft.Win32.SafeHandles.SafeFileHandle> write, Fingerprint? fingerprint)
    {
        if (failure is not null)
        {
            return;
        }

        string target;
        var inputs = kept ? file.Fingerprint : null;
        try
        {
            target = OutputFolder.SafeTarget(staging, file.Path);
            // Compared here, on the rendering threads: reading costs little next to creating a file.
            if (previous?.Result is { } old && old.Mark(file.Path, out var entry) && unchanged(old))
            {
                made.Enqueue(new(file.Path, entry with { Bytes = fingerprint ?? entry.Bytes, Inputs = inputs }));
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
                // A rename keeps the time, so the next build finds the file with this one.
                made.Enqueue(new(file.Path, new(length, File.GetLastWriteTimeUtc(handle).Ticks, fingerprint, inputs)));
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

    // serve's edit: the files made so far go into the output now (the editor's page does not wait
    // for the search index); what the build no longer makes is removed only at Finish.
    public void PublishSoFar()
    {
        writer.Drain();
        if (failure is not null)
        {
            return;
        }

        try
        {
            var state = previous!.Result;
            InPlaceUpdate.MoveIn(staging, output, staged, Enumerable.Range(published, staged.Count - published), state);
            foreach (var (path, entry) in made)
            {
                state.Set(path, entry);
            }

            made.Clear();
            published = staged.Count;
            Changed = (published, 0);
        }
        catch (PartlyUpdatedException e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
    }

    public bool Finish(bool succeeded)
    {
        using var _ = held;
        if (succeeded && !kept)
        {
            Write(new OutputFile(OutputFolder.MarkerFile, Marker), Marker);
        }

        writer.Complete(cancel: !succeeded || failure is not null);
        try
        {
            return succeeded && failure is null ? Publish() : Discard();
        }
        finally
        {
            // A walk of the old output that failed (reported as the build's error) has no marks to end.
            if (previous is { IsCompletedSuccessfully: true })
            {
                previous.Result.NextBuild();
            }
        }
    }

    private bool Discard()
    {
        if (failure is PartlyUpdatedException partly)
        {
            PartlyUpdated(partly);
        }
        else if (failure is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceLocation(PathDisplay.Relative(output)), $"could not write the output: {(failure is AggregateException { InnerException: { } inner } ? inner : failure).Message}");
        }

        Leftovers.Delete(staging);
        return false;
    }

    private bool Publish()
    {
        try
        {
            PreviousOutput now;
            if (previous is null)
            {
                Directory.Move(staging, output);
                now = new PreviousOutput();
                foreach (var (path, entry) in made)
                {
                    now.Set(path, entry);
                }

                Changed = (staged.Count, 0);
            }
            else
            {
                now = previous.Result;
                Changed = InPlaceUpdate.Apply(staging, output, now, staged, published, made);
                Leftovers.Delete(staging);
            }

            if (staged.Contains(OutputFolder.MarkerFile))
            {
                Changed = (Changed.Written - 1, Changed.Removed);
            }

            SiteFiles = now.Count - (kept ? 0 : 1);
            if (!kept)
            {
                OutputRecord.Save(cacheFolder, output, now.Record());
            }

            return true;
        }
        catch (PartlyUpdatedException e)
        {
            PartlyUpdated(e);
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

    private void PartlyUpdated(PartlyUpdatedException e) =>
        diagnostics.Error(DiagnosticCodes.OutputPartlyUpdated, new SourceLocation(PathDisplay.Relative(Path.Combine(output, e.Path))),
            $"the new version of this file could not be put in place ({e.Message}); the output folder is now partly updated: {e.Moved} of the {e.Total} changed files are new, the others still old (each file is whole); build again to finish the update (if the same error comes back, remove its cause first)");
}
