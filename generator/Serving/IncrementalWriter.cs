using DecisionsPortal.Output;

namespace DecisionsPortal.Serving;

/// <summary>
/// Keeps serve's folder equal to the last good build while touching as little as possible: a
/// file is written only when its bytes changed, and a file the build no longer makes is removed.
/// It remembers what it wrote, so unchanged files are not even read back.
/// </summary>
public sealed class IncrementalWriter(string folder)
{
    private readonly Dictionary<string, byte[]> written = new(StringComparer.Ordinal);

    public (int Written, int Removed) Write(IReadOnlyList<OutputFile> files)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        var changed = 0;
        foreach (var file in files)
        {
            if (written.TryGetValue(file.Path, out var previous) && previous.AsSpan().SequenceEqual(file.Content))
            {
                continue;
            }

            var target = OutputPublisher.SafeTarget(root, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            // Write beside and rename, so a request never reads half a file.
            var temporary = target + ".serve-tmp";
            File.WriteAllBytes(temporary, file.Content);
            File.Move(temporary, target, overwrite: true);
            written[file.Path] = file.Content;
            changed++;
        }

        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var stale in written.Keys.Where(p => !wanted.Contains(p)).ToList())
        {
            File.Delete(OutputPublisher.SafeTarget(root, stale));
            written.Remove(stale);
            removed++;
        }

        return (changed, removed);
    }
}
