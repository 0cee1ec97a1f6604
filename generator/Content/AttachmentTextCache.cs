namespace DecisionsPortal.Content;

/// <summary>
/// The text of each PDF and zip attachment read by this build or an earlier one of the same <c>serve</c>
/// session, by file, size and time of last change: the Model stage's check of marked words and the
/// Finnish and the Swedish index (which both hold a decision missing its translation) read a file
/// once, and an unchanged file is not read again.
/// </summary>
public sealed class AttachmentTextCache
{
    private readonly ConcurrentDictionary<string, Lazy<AttachmentText>> texts = new(StringComparer.Ordinal);

    // Each file's key, made once while no file beside the decisions changed: a key is a look at
    // the disk, and serve would look at every attachment of the site after each edit, twice.
    private readonly ConcurrentDictionary<string, string> keys = new(StringComparer.Ordinal);

    // The name each file is read by (FileKind), by its key: its first bytes are read once while it is unchanged.
    private readonly ConcurrentDictionary<string, string> kinds = new(StringComparer.Ordinal);

    /// <summary>Where texts are kept on disk between runs (<see cref="AttachmentTextStore"/>), if anywhere: set for each build.</summary>
    public AttachmentTextStore? Store { get; set; }

    /// <summary>How many attachments' texts are kept.</summary>
    public int Count => texts.Count;

    /// <summary>Whether nothing is kept: no text, no key.</summary>
    public bool IsEmpty => texts.IsEmpty && keys.IsEmpty && kinds.IsEmpty;

    /// <summary>The file's <see cref="AttachmentText.Key"/>, as the disk was when it was first asked for since <see cref="ForgetKeys"/>.</summary>
    public string KeyOf(string path) => keys.GetOrAdd(path, AttachmentText.Key);

    /// <summary>Files beside the decisions may have changed: each key is made again from the disk.</summary>
    public void ForgetKeys() => keys.Clear();

    /// <summary>
    /// The name the file is read by as what it is (<see cref="FileKind.Named(string)"/>): its path, or
    /// with the extension its first bytes name when its own names another kind ('liite.pdf.zip').
    /// </summary>
    public string KindOf(string path) => KeyOf(path) is var key && key != path ? kinds.GetOrAdd(key, _ => FileKind.Named(path)) : path;

    /// <summary>
    /// The file's text as it is now, read as its name says (search reads a '.pdf' as a PDF, and tells
    /// one that is not). A file that is not there (its key is its bare path) is read again rather than
    /// kept: a decision parsed before its attachment was deleted still names it until it is parsed again.
    /// </summary>
    public AttachmentText Get(string path, string key) => Get(path, key, path);

    /// <summary>The file's text as it is now, read as what its first bytes say it is (<see cref="KindOf"/>): a zip named '.pdf' as a zip.</summary>
    public AttachmentText AsItIs(string path) => KeyOf(path) is var key && KindOf(path) is var kind && kind != path ? Get(path, $"{key}\u001f{Path.GetExtension(kind)}", kind) : Get(path, key);

    private AttachmentText Get(string path, string key, string kind) =>
        key == path ? AttachmentText.Read(path, kind) : texts.GetOrAdd(key, _ => new Lazy<AttachmentText>(() => Store?.Read(path, kind) ?? AttachmentText.Read(path, kind))).Value;

    /// <summary>
    /// Keeps only the texts of these files, as they are now: over a long serve session the text of a
    /// file deleted, taken off its decision or changed since it was read is dropped instead of held
    /// until serve stops.
    /// </summary>
    public void KeepOnly(IReadOnlyCollection<(string Path, string Key)> current)
    {
        var currentKeys = current.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in texts.Keys.Where(k => !currentKeys.Contains(k)))
        {
            texts.TryRemove(key, out _);
        }

        foreach (var key in kinds.Keys.Where(k => !currentKeys.Contains(k)))
        {
            kinds.TryRemove(key, out _);
        }

        var currentFiles = current.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in keys.Keys.Where(p => !currentFiles.Contains(p)))
        {
            keys.TryRemove(path, out _);
        }
    }
}
