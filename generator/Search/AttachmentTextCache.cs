using System.Collections.Concurrent;
using DecisionsPortal.Content;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// The text of each PDF attachment read by this build or an earlier one of the same <c>serve</c>
/// session, by file, size and time of last change: the Finnish and the Swedish index (which both
/// hold a decision missing its translation) read a file once, and an unchanged file is not read again.
/// </summary>
internal sealed class AttachmentTextCache
{
    private readonly ConcurrentDictionary<string, Lazy<AttachmentText>> texts = new(StringComparer.Ordinal);

    // Each file's key, made once while no file beside the decisions changed: a key is a look at
    // the disk, and serve would look at every attachment of the site after each edit, twice.
    private readonly ConcurrentDictionary<string, string> keys = new(StringComparer.Ordinal);

    public int Count => texts.Count;

    /// <summary>The attachments of a decision whose text search reads, each with its <see cref="AttachmentText.Key"/> (also what a decision's cached analysis compares).</summary>
    public List<(Attachment Attachment, string Key)> Searchable(DecisionPage page) =>
        Publication.SearchableAttachments(page.Decision)
            .Where(a => a.SourcePath is not null && AttachmentText.IsSearchable(a.File))
            .Select(a => (Attachment: a, Key: keys.GetOrAdd(a.SourcePath!, AttachmentText.Key)))
            .ToList();

    /// <summary>Files beside the decisions may have changed: each key is made again from the disk.</summary>
    public void ForgetKeys() => keys.Clear();

    // A file that is not there (its key is its bare path) is read again rather than kept: a
    // decision parsed before its attachment was deleted still names it until it is parsed again.
    public AttachmentText Get(string path, string key) =>
        key == path ? AttachmentText.Read(path) : texts.GetOrAdd(key, _ => new Lazy<AttachmentText>(() => AttachmentText.Read(path))).Value;

    /// <summary>
    /// Keeps only the texts of the files the site has now, as they are now: over a long serve
    /// session the text of a file deleted, taken off its decision or changed since it was read is
    /// dropped instead of held until serve stops.
    /// </summary>
    public void Trim(SiteModel site)
    {
        if (texts.IsEmpty && keys.IsEmpty)
        {
            return;
        }

        var current = site.Languages.SelectMany(l => l.Listed).SelectMany(Searchable).ToList();
        var currentKeys = current.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in texts.Keys.Where(k => !currentKeys.Contains(k)))
        {
            texts.TryRemove(key, out _);
        }

        var currentFiles = current.Select(f => f.Attachment.SourcePath!).ToHashSet(StringComparer.Ordinal);
        foreach (var path in keys.Keys.Where(p => !currentFiles.Contains(p)))
        {
            keys.TryRemove(path, out _);
        }
    }
}
