using System.Collections.Concurrent;

namespace DecisionsPortal.Search;

/// <summary>
/// What <c>serve</c> keeps of the search index between builds: per index language, each
/// decision's search document and analysis, reused while the text it was built from is the
/// same, and the analysers whose word cache those analyses point into. The index itself (compound
/// parts, postings, scores, files) is patched where only a few decisions changed and nothing
/// else could (see <see cref="IncrementalIndexer"/>), else assembled anew; either way a warm build
/// writes exactly the bytes a cold one does.
/// </summary>
public sealed class SearchCache
{
    private readonly ConcurrentDictionary<string, LanguageSearchCache> languages = new(StringComparer.Ordinal);

    internal LanguageSearchCache For(string language) => languages.GetOrAdd(language, _ => new LanguageSearchCache());

    /// <summary>How many index builds (of any language) patched the previous index instead of building it anew.</summary>
    public int PatchedBuilds => languages.Values.Sum(l => l.Patched);

    public void Clear()
    {
        languages.Clear();
    }
}
