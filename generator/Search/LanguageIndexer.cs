using DecisionsPortal.Content;
using DecisionsPortal.Search.BaseForms;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// The search index of one language, for <c>build</c> and <c>serve</c> alike: each decision's
/// analysis is kept in the cache while its text is the same (a one-off build starts with an empty
/// cache), then the index is patched from the last one where only a few decisions changed
/// (<see cref="IndexPatch"/>), else built whole from the analyses.
/// </summary>
internal static class LanguageIndexer
{
    public static SearchFiles Build(SiteModel site, string language, LanguageSearchCache cache, SearchPageInfo page, AttachmentTextCache attachments)
    {
        var previous = cache.Documents;
        var last = cache.Listed;
        var listed = site[language].Listed;
        var people = new string[listed.Count];
        var files = new List<(Content.Attachment Attachment, string Key)>[listed.Count];
        var fileKeys = new string[listed.Count];
        // The previous build's entry of each decision while it still matches (null: analysed anew),
        // looked up once: a look-up hashes the page's whole address.
        var kept = new CachedSearchDocument?[listed.Count];
        var unread = new List<(string Path, string Key)>();

        // While every page has the address the last build listed at its place (an edit in serve
        // moves none), each one's previous entry is at that place too: no address is hashed.
        var samePlaces = last.Pages.Length == listed.Count;
        for (var i = 0; i < listed.Count; i++)
        {
            people[i] = DecisionPeople.Names(site, listed[i]);
            files[i] = SearchableAttachments.Of(listed[i], attachments);
            fileKeys[i] = files[i].Count == 0 ? "" : FileKeys(files[i]);
            CachedSearchDocument? entry;
            if (samePlaces && (ReferenceEquals(last.Pages[i], listed[i]) || last.Pages[i].Path == listed[i].Path))
            {
                entry = last.Entries[i];
            }
            else
            {
                samePlaces = false;
                previous.TryGetValue(listed[i].Path, out entry);
            }

            kept[i] = entry is not null && entry.Matches(listed[i].Decision, people[i], fileKeys[i]) ? entry : null;
            if (files[i].Count > 0 && kept[i] is null)
            {
                unread.AddRange(files[i].Select(f => (f.Attachment.SourcePath!, f.Key)));
            }
        }

        // The PDFs of the decisions analysed anew are read first, on every core, no more at once
        // than there are cores in this language's index: reading one is tens of milliseconds, the
        // analysis below one decision after another.
        Parallel.ForEach(unread, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f => attachments.Get(f.Path, f.Key));
        var entries = new CachedSearchDocument[listed.Count];
        for (var i = 0; i < listed.Count; i++)
        {
            var decisionPage = listed[i];
            if (kept[i] is not { } entry)
            {
                var texts = files[i].Select(f => (f.Attachment, Text: attachments.Get(f.Attachment.SourcePath!, f.Key))).ToList();
                var document = SearchDocuments.Of(site, decisionPage, people[i], language) with
                {
                    Attachments = texts.Where(t => t.Text.Error is null && t.Text.Text.Length > 0)
                        .Select(t => new SearchAttachment(t.Attachment.Title, site.Paths.Attachment(decisionPage, t.Attachment), t.Text.Text))
                        .ToList(),
                };
                var analysis = SearchIndexBuilder.Analyze(SearchIndexBuilder.AnalyzerFor(cache, document.Language), document);

                // Kept without its proposal and texts, which the index files do not show: the plain
                // texts of thousands of decisions die young instead of staying in the cache.
                entry = new CachedSearchDocument(decisionPage.Decision, people[i], fileKeys[i], document with
                {
                    Proposal = "",
                    Text = "",
                    Attachments = document.Attachments.Select(a => a with { Text = "" }).ToList(),
                }, analysis)
                {
                    Unreadable = texts.Where(t => t.Text.Error is not null)
                        .Select(t => new UnreadableAttachment(t.Attachment.Location, t.Attachment.SourcePath!, t.Text.Error!))
                        .ToList(),
                };
            }
            else if (!ReferenceEquals(entry.Source, decisionPage.Decision))
            {
                entry = entry with { Source = decisionPage.Decision };
            }

            entries[i] = entry;
        }

        Dictionary<string, CachedSearchDocument> current;
        if (samePlaces)
        {
            // The same addresses in the same order: the table stands, with the changed entries replaced in place.
            current = previous;
            for (var i = 0; i < entries.Length; i++)
            {
                if (!ReferenceEquals(entries[i], last.Entries[i]))
                {
                    current[listed[i].Path] = entries[i];
                }
            }
        }
        else
        {
            current = new Dictionary<string, CachedSearchDocument>(listed.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
            {
                current[listed[i].Path] = entries[i];
            }
        }

        cache.Documents = current;
        var unreadable = current.Values.SelectMany(e => e.Unreadable).ToList();
        var state = cache.Index;
        var inPlaces = samePlaces ? InPlaces(state, last, entries) : null;
        var ordered = inPlaces ?? SameOrder(state, current) ?? current.Values.OrderBy(e => e.Document, SearchIndexBuilder.DocumentOrder).ToList();
        cache.Index = null;
        cache.Listed = !cache.Keeps ? ListedDocuments.None : new ListedDocuments([.. listed], entries, inPlaces is not null ? last.Places : Places(ordered, entries));
        if (state is not null && IndexPatch.Apply(language, ordered, state, cache, page) is { } patched)
        {
            cache.Patched++;
            return patched with { Unreadable = unreadable };
        }

        var built = Full(language, ordered, cache, page) with { Unreadable = unreadable };
        // Nothing reads them again after a one-off build (SearchCache.KeepsIndexes says why they go).
        if (!cache.Keeps)
        {
            cache.Documents = new(StringComparer.Ordinal);
            cache.Index = null;
            cache.Analyzers.Clear();
        }

        return built;
    }

    /// <summary>
    /// <see cref="SameOrder"/> for entries whose pages have the addresses of the last build's at the same
    /// places (<paramref name="entries"/> in the order of <paramref name="last"/>): each one goes to the
    /// place of the last one at its address, if every date is the same; else null.
    /// </summary>
    private static List<CachedSearchDocument>? InPlaces(IndexState? state, ListedDocuments last, CachedSearchDocument[] entries)
    {
        if (state is null || state.Ordered.Count != entries.Length || last.Places.Length != entries.Length)
        {
            return null;
        }

        var ordered = new List<CachedSearchDocument>(entries.Length);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(ordered, entries.Length);
        var places = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ordered);
        for (var i = 0; i < entries.Length; i++)
        {
            var place = last.Places[i];
            if (entries[i].Document.Date != state.Ordered[place].Document.Date)
            {
                return null;
            }

            places[place] = entries[i];
        }

        return ordered;
    }

    /// <summary>Where each of <paramref name="entries"/> is in <paramref name="ordered"/>.</summary>
    private static int[] Places(List<CachedSearchDocument> ordered, CachedSearchDocument[] entries)
    {
        // Two pages at one address (an error, so no index is written) leave one entry: no places then.
        if (ordered.Count != entries.Length)
        {
            return [];
        }

        var at = new Dictionary<CachedSearchDocument, int>(ordered.Count, ReferenceEqualityComparer.Instance);
        for (var p = 0; p < ordered.Count; p++)
        {
            at.TryAdd(ordered[p], p);
        }

        var places = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            places[i] = at[entries[i]];
        }

        return places;
    }

    private static string FileKeys(List<(Content.Attachment Attachment, string Key)> files) =>
        string.Join('\n', files.Select(f => f.Attachment.Title + "\u001f" + f.Key));

    /// <summary>The entries in the previous build's order, if they are the same paths with the same dates (so sorting would give that order); else null.</summary>
    private static List<CachedSearchDocument>? SameOrder(IndexState? state, Dictionary<string, CachedSearchDocument> current)
    {
        if (state is null || state.Ordered.Count != current.Count)
        {
            return null;
        }

        var ordered = new List<CachedSearchDocument>(current.Count);
        foreach (var old in state.Ordered)
        {
            if (!current.TryGetValue(old.Document.Path, out var entry) || entry.Document.Date != old.Document.Date)
            {
                return null;
            }

            ordered.Add(entry);
        }

        return ordered;
    }

    private static SearchFiles Full(string language, List<CachedSearchDocument> ordered, LanguageSearchCache cache, SearchPageInfo page)
    {
        var docs = ordered.Select(e => e.Document).ToList();
        var analyses = ordered.Select(e => e.Analysis).ToList();
        var known = KnownWords.Of(docs, analyses);
        var classes = BaseFormClasses.Of(known, cache.Analyzers);
        var counts = Vocabulary.Counts(analyses);
        var index = SearchIndexBuilder.Build(language, docs, analyses, cache.Analyzers, classes, counts, patchable: cache.Keeps);

        var terms = new IndexedTerm[index.Terms.Length];
        for (var t = 0; t < terms.Length; t++)
        {
            terms[t] = new IndexedTerm(index, t);
        }

        var lengths = analyses.Select(a => (double)a.Length).ToArray();
        var (files, written) = SearchIndexWriter.Write(language, docs, terms, page, known, null, [], []);
        cache.Index = new IndexState(counts, known, classes, terms, lengths, SearchIndexBuilder.Average(lengths), ordered, written, page, files);
        return files;
    }

    internal static bool SamePage(SearchPageInfo a, SearchPageInfo b) =>
        a.Directory == b.Directory && a.BasePath == b.BasePath && a.DateFormat == b.DateFormat
        && a.Bodies.SequenceEqual(b.Bodies) && a.Topics.SequenceEqual(b.Topics) && a.Languages.SequenceEqual(b.Languages)
        && a.Text.Count == b.Text.Count && a.Text.All(t => b.Text.TryGetValue(t.Key, out var v) && v == t.Value);

}
