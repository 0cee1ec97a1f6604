using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// What <c>serve</c> keeps of the search index between builds: per index language, each
/// decision's search document and analysis, reused while the text it was built from is the
/// same, and the analysers whose word cache those analyses point into. The index itself (compound
/// parts, postings, scores, files) is patched where only a few decisions changed and nothing
/// else could (see <see cref="LanguageIndexer"/>), else assembled anew; either way a warm build
/// writes exactly the bytes a cold one does.
/// </summary>
public sealed class SearchCache
{
    private readonly ConcurrentDictionary<string, LanguageSearchCache> languages = new(StringComparer.Ordinal);

    // One per document language, shared by every index language (each holds the decisions not yet translated).
    private readonly ConcurrentDictionary<string, Lazy<StoredWordForms?>> dictionaries = new(StringComparer.Ordinal);
    private bool saved;

    /// <summary>Where the dictionaries' answers are kept between runs (<see cref="StoredWordForms"/>), if anywhere: set for each build.</summary>
    public string? StoreFolder { get; set; }

    /// <summary>
    /// Whether each index's analyses and state stay for the next build to reuse and patch: serve's
    /// do; a one-off build has no next build, and what it kept only made the collector copy and
    /// mark it again and again until the process ended.
    /// </summary>
    public bool KeepsIndexes { get; set; } = true;

    internal LanguageSearchCache For(string language) => languages.GetOrAdd(language, _ => new LanguageSearchCache(Dictionary) { Keeps = KeepsIndexes });

    /// <summary>The dictionary of a document language, its answers stored; null when it has none.</summary>
    private StoredWordForms? Dictionary(string language) =>
        dictionaries.GetOrAdd(language, l => new(() => BaseFormSources.For(l) is { } source ? StoredWordForms.Over(source, l, StoreFolder) : null)).Value;

    /// <summary>
    /// Keeps the dictionaries' new answers for the next run, once a cache: a one-off build's, and
    /// serve's first build. An edit in serve adds a few words, and writing a store of tens of
    /// thousands again would slow every edit.
    /// </summary>
    public void SaveWordForms()
    {
        if (saved)
        {
            return;
        }

        saved = true;
        foreach (var dictionary in dictionaries.Values.Where(d => d.IsValueCreated))
        {
            dictionary.Value?.Save();
        }
    }

    /// <summary>
    /// Makes what a patch reads of each kept index and makes only when first asked (the words
    /// compound parts could split, the words of each term), so that serve's warm-up pays for it
    /// in idle time instead of the editor's first save.
    /// </summary>
    public void PrepareEdits()
    {
        foreach (var language in languages.Values)
        {
            if (language.Index is { } index)
            {
                _ = index.Splittable;
                _ = index.TermWords;
            }
        }
    }

    /// <summary>How many index builds (of any language) patched the previous index instead of building it anew.</summary>
    public int PatchedBuilds => languages.Values.Sum(l => l.Patched);

    public void Clear()
    {
        languages.Clear();
        dictionaries.Clear();
        saved = false;
    }
}
