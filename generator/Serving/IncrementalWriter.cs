using System.Collections.Concurrent;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Incremental;

namespace DecisionsPortal.Serving;

/// <summary>
/// Keeps serve's folder equal to the last good build while doing as little as possible: a file
/// whose inputs have the fingerprint they had in the last good build is not even made (the Render
/// stage asks <see cref="Keep"/>), a made file is written only when its bytes changed, and a file
/// the build no longer makes is removed. Pages get the reload script. Changes are held until the
/// build has succeeded, so a failed build leaves the last good site as it was.
/// </summary>
public sealed class IncrementalWriter(string folder, RenderedFiles state) : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Change> changes = new();

    /// <summary>Of the last build that succeeded: files written, and files removed.</summary>
    public (int Written, int Removed) Last { get; private set; }

    public bool Keep(OutputFile file)
    {
        if (file.Fingerprint is { } inputs && state.TryGet(file.Path, out var entry) && entry.Inputs == inputs)
        {
            made.TryAdd(file.Path, 0);
            return true;
        }

        return false;
    }

    public void Write(OutputFile file, byte[] content)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            content = ReloadScript.Inject(content);
        }

        var bytes = Fingerprint.Of(content);
        made.TryAdd(file.Path, 0);
        var same = state.TryGet(file.Path, out var entry) && entry.Bytes == bytes;
        changes.Enqueue(new Change(file.Path, new RenderedFiles.Entry(file.Fingerprint, bytes), same ? null : content));
    }

    public bool Finish(bool succeeded)
    {
        try
        {
            if (!succeeded)
            {
                return false;
            }

            var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
            Directory.CreateDirectory(root);
            var writes = changes.Where(c => c.Content is not null).ToList();
            Parallel.ForEach(writes, change =>
            {
                var target = OutputPublisher.SafeTarget(root, change.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);

                // Write beside and rename, so a request never reads half a file.
                var temporary = target + ".serve-tmp";
                File.WriteAllBytes(temporary, change.Content!);
                File.Move(temporary, target, overwrite: true);
            });
            foreach (var change in changes)
            {
                state.Set(change.Path, change.Entry);
            }

            var stale = state.Paths.Where(p => !made.ContainsKey(p)).ToList();
            foreach (var path in stale)
            {
                File.Delete(OutputPublisher.SafeTarget(root, path));
                state.Remove(path);
            }

            Last = (writes.Count, stale.Count);
            return true;
        }
        finally
        {
            made.Clear();
            changes.Clear();
        }
    }

    private sealed record Change(string Path, RenderedFiles.Entry Entry, byte[]? Content);
}
