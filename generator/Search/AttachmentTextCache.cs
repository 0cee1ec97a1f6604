using System.Collections.Concurrent;

namespace DecisionsPortal.Search;

/// <summary>
/// The text of each PDF attachment read by this build or an earlier one of the same <c>serve</c>
/// session, by file, size and time of last change: the Finnish and the Swedish index (which both
/// hold a decision missing its translation) read a file once, and an unchanged file is not read again.
/// </summary>
internal sealed class AttachmentTextCache
{
    private readonly ConcurrentDictionary<string, Lazy<AttachmentText>> texts = new(StringComparer.Ordinal);

    /// <summary>What identifies the file's content for the cache; also what a decision's cached analysis compares.</summary>
    public static string Key(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{path}\u001f{info.Length}\u001f{info.LastWriteTimeUtc.Ticks}" : path;
    }

    public AttachmentText Get(string path, string key) =>
        texts.GetOrAdd(key, _ => new Lazy<AttachmentText>(() => AttachmentText.Read(path))).Value;
}
