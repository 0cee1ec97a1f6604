using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Incremental;

/// <summary>
/// What serve's last good build made, by path: the fingerprint of the file's inputs (null when
/// its producer gives none) and of its bytes as written. Not thread-safe: serve builds one at a time.
/// </summary>
public sealed class RenderedFiles
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public IEnumerable<string> Paths => entries.Keys;

    public bool TryGet(string path, out Entry entry) => entries.TryGetValue(path, out entry!);

    public void Set(string path, Entry entry) => entries[path] = entry;

    public void Remove(string path) => entries.Remove(path);

    /// <summary>Forgets every file's inputs (site.yml changed, for one): each is made again, and still written only if its bytes changed.</summary>
    public void ForgetInputs()
    {
        foreach (var path in entries.Keys.ToList())
        {
            entries[path] = entries[path] with { Inputs = null };
        }
    }

    public sealed record Entry(Fingerprint? Inputs, Fingerprint Bytes);
}
