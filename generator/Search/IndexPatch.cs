using System.Runtime.InteropServices;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// After an edit of a few decisions, the last index patched rather than built anew: only the
/// terms of their old and new versions get new postings, scores and variants — by
/// <see cref="PostingsBuilder.ToIndex"/>, as in a full build (a term new to the corpus is
/// inserted at its rank, one that lost its last posting dropped), and only the shards and
/// metadata chunks holding those are encoded again, by the same writer. That gives exactly a
/// full build's bytes only while nothing else moved, so it patches only when the documents and
/// their order are the same, the rounded average length (<see cref="SearchIndexBuilder.Average"/>)
/// is the same, and no compound of an unchanged decision splits otherwise (<see cref="PatchGuards"/>);
/// otherwise (a decision added, removed or redated, say) the index is built whole. Unchanged
/// decisions whose postings a change of the base-form classes moves are posted again for the
/// changed classes' terms alone (<see cref="ReclassedDocuments"/>).
/// </summary>
internal static class IndexPatch
{
    /// <summary>Beyond this many changed decisions a full build is about as quick.</summary>
    private const int MaxChanged = 32;

    /// <summary>The files of the previous index patched with the changed decisions, or null where a patch could differ from a fresh build.</summary>
    internal static SearchFiles? Apply(string language, List<CachedSearchDocument> ordered, IndexState state, LanguageSearchCache cache, SearchPageInfo page)
    {
        var old = state.Ordered;
        if (ordered.Count != old.Count)
        {
            return null;
        }

        var changed = new List<int>();
        for (var d = 0; d < ordered.Count; d++)
        {
            if (!string.Equals(ordered[d].Document.Path, old[d].Document.Path, StringComparison.Ordinal))
            {
                return null;
            }

            if (!ReferenceEquals(ordered[d].Analysis, old[d].Analysis))
            {
                changed.Add(d);
                if (changed.Count > MaxChanged)
                {
                    return null;
                }
            }
        }

        // No decision of this index changed (an edit of another language's): the same files.
        if (changed.Count == 0 && LanguageIndexer.SamePage(state.Page, page))
        {
            cache.Index = state with { Ordered = ordered };
            return state.Files;
        }

        // A word form entering or leaving a base form's class moves the postings of every decision
        // holding that base form. The classes are made from the known words alone: while none
        // entered or left, they are the last ones.
        var moved = state.Known.Replace(
            changed.Select(d => (old[d].Document.Language, old[d].Analysis)),
            changed.Select(d => (ordered[d].Document.Language, ordered[d].Analysis)));

        var classes = state.Classes;
        var differing = new Dictionary<string, (HashSet<string> Bases, HashSet<string> Terms)>(StringComparer.Ordinal);
        if (moved.Count > 0)
        {
            classes = new Dictionary<string, BaseFormClasses>(state.Classes, StringComparer.Ordinal);
            foreach (var (documentLanguage, (entered, left)) in moved)
            {
                var (after, difference) = (classes.GetValueOrDefault(documentLanguage) ?? BaseFormClasses.Empty(cache.Analyzers[documentLanguage])).Next(entered, left);
                classes[documentLanguage] = after;
                if (difference.Bases.Count > 0)
                {
                    differing[documentLanguage] = difference;
                }
            }
        }

        var edited = new bool[ordered.Count];
        foreach (var d in changed)
        {
            edited[d] = true;
        }

        var reclassed = differing.Count > 0 ? ReclassedDocuments.Find(differing, state.Classes, classes, state.TermWords, edited, ordered, state.Terms) : ReclassedDocuments.None;

        var lengths = (double[])state.Lengths.Clone();
        foreach (var d in changed)
        {
            lengths[d] = ordered[d].Analysis.Length;
        }

        var average = SearchIndexBuilder.Average(lengths);
        if (average != state.Average)
        {
            return null;
        }

        // The words that enter or leave the vocabulary (the compound dictionary), with their document language.
        var counts = state.VocabularyCounts;
        var entering = new Dictionary<IndexWord, string>();
        foreach (var d in changed)
        {
            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                if (counts.GetValueOrDefault(word) == 0)
                {
                    entering[word] = ordered[d].Document.Language;
                }
            }
        }

        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Vocabulary)
            {
                counts[word]--;
            }

            foreach (var word in ordered[d].Analysis.Vocabulary)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
        }

        var leaving = new Dictionary<IndexWord, string>();
        foreach (var d in changed)
        {
            foreach (var word in old[d].Analysis.Vocabulary)
            {
                if (counts[word] == 0)
                {
                    leaving[word] = old[d].Document.Language;
                }
            }
        }

        state.VocabularyMoved(entering.Keys, leaving.Keys);

        // The counts now say the new vocabulary; the changed decisions' old postings are made with the old one.
        var newLookups = Vocabulary.Lookups(cache.Analyzers, counts);
        var oldLookups = entering.Count + leaving.Count == 0
            ? newLookups
            : Vocabulary.Lookups(cache.Analyzers, w => counts.GetValueOrDefault(w) > 0 ? !entering.ContainsKey(w) : leaving.ContainsKey(w));
        if ((entering.Count > 0 || leaving.Count > 0) && PatchGuards.SplitsOtherwise(changed, old, state.Splittable, entering, leaving, oldLookups, newLookups))
        {
            return null;
        }

        foreach (var d in changed)
        {
            if (state.Splittable.TryGetValue(old[d].Document.Language, out var before))
            {
                before.Apply(old[d].Analysis, -1);
            }

            if (!state.Splittable.TryGetValue(ordered[d].Document.Language, out var after))
            {
                after = new SplittableWords();
                state.Splittable[ordered[d].Document.Language] = after;
            }

            after.Apply(ordered[d].Analysis, 1);
        }

        var touched = new Dictionary<string, TouchedTerm>(StringComparer.Ordinal);
        Collect(changed, old, oldLookups, state.Classes, touched, withPostings: false);
        Collect(changed, ordered, newLookups, classes, touched, withPostings: true);
        foreach (var term in reclassed.Terms)
        {
            touched.TryAdd(term, new TouchedTerm(term, -1, []));
        }

        foreach (var posting in reclassed.Postings(ordered, edited, newLookups, classes, state.Splittable, state.TermWords))
        {
            touched[posting.Term].Added.Add(posting);
        }

        var order = new List<TouchedTerm>(touched.Count);
        foreach (var (term, postings) in touched)
        {
            order.Add(postings with { Rank = Rank(state.Terms, term) });
        }

        order.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        var docs = ordered.Select(e => e.Document).ToList();
        var patchTerm = Rescore(language, docs, order, state.Terms, t => reclassed.Replaced(t, edited), lengths, average);

        // The new term table: the previous one with the touched terms replaced, new ones inserted and emptied ones dropped.
        var previous = state.Terms;
        var terms = new List<IndexedTerm>(previous.Length + order.Count);
        var ranks = new List<int>(order.Count);
        var map = new int[previous.Length];
        var dropped = false;
        var next = 0;
        for (var r = 0; r < previous.Length; r++)
        {
            while (next < order.Count && order[next].Rank < 0 && string.CompareOrdinal(order[next].Term, previous[r].Term) < 0)
            {
                Insert(next++);
            }

            if (next < order.Count && order[next].Rank == r)
            {
                map[r] = patchTerm[next] is null ? -1 : terms.Count;
                dropped |= patchTerm[next] is null;
                Insert(next++);
            }
            else
            {
                map[r] = terms.Count;
                terms.Add(previous[r]);
            }
        }

        while (next < order.Count)
        {
            Insert(next++);
        }

        var written = dropped || terms.Count != previous.Length ? Remap(state.Written, map, terms.Count) : state.Written;
        if (!LanguageIndexer.SamePage(state.Page, page))
        {
            // The metadata chunks hold what the page sets (the date format; organs' and languages' places): none written for another page is kept.
            written = written with { Chunks = [] };
        }

        var table = terms.ToArray();
        var (files, writtenNow) = SearchIndexWriter.Write(language, docs, table, page, state.Known, written, ranks.ToArray(), changed, sameKnown: moved.Count == 0);
        cache.Index = state with { Classes = classes, Terms = table, Lengths = lengths, Ordered = ordered, Written = writtenNow, Page = page, Files = files };
        return files;

        void Insert(int i)
        {
            if (patchTerm[i] is { } term)
            {
                // A term kept as it was leaves its shard's bytes as they were.
                if (order[i].Rank < 0 || !ReferenceEquals(term.Index, previous[order[i].Rank].Index) || term.Number != previous[order[i].Rank].Number)
                {
                    ranks.Add(terms.Count);
                }

                terms.Add(term);
            }
        }
    }

    /// <summary>The rank of <paramref name="term"/> in <paramref name="terms"/> (ordinal order), or −1.</summary>
    internal static int Rank(IndexedTerm[] terms, string term) => Math.Max(-1, terms.AsSpan().BinarySearch(new TermKey(term)));

    private readonly record struct TermKey(string Term) : IComparable<IndexedTerm>
    {
        public int CompareTo(IndexedTerm other) => string.CompareOrdinal(Term, other.Term);
    }

    /// <summary>
    /// What the last build wrote, in the new ranks (<paramref name="map"/>: old rank to new, −1 for a dropped term):
    /// the sizes dropped with their terms, and the shards that lost no term dropped to their new ranges (a
    /// shard that gained a term holds a touched rank, so the writer encodes it again).
    /// </summary>
    private static WrittenIndex Remap(WrittenIndex written, int[] map, int count)
    {
        var sizes = new int[count];
        for (var r = 0; r < map.Length; r++)
        {
            if (map[r] >= 0)
            {
                sizes[map[r]] = written.Sizes[r];
            }
        }

        var shards = new List<WrittenShard>(written.Shards.Count);
        foreach (var shard in written.Shards)
        {
            var kept = true;
            for (var r = shard.Start; r < shard.End && kept; r++)
            {
                kept = map[r] >= 0;
            }

            if (kept)
            {
                shards.Add(shard with { Start = map[shard.Start], End = map[shard.End - 1] + 1 });
            }
        }

        return written with { Sizes = sizes, Shards = shards };
    }

    /// <summary>
    /// The terms of the documents <paramref name="changed"/> of <paramref name="entries"/> (their
    /// versions before the edit, or after it: then with their postings), by their term.
    /// </summary>
    private static void Collect(List<int> changed, List<CachedSearchDocument> entries, Dictionary<string, VocabularyLookup> lookups, Dictionary<string, BaseFormClasses> classes, Dictionary<string, TouchedTerm> touched, bool withPostings)
    {
        var builder = new PostingsBuilder(1024, 4096);
        foreach (var d in changed)
        {
            builder.Add(d, entries[d].Analysis, lookups[entries[d].Document.Language], classes.GetValueOrDefault(entries[d].Document.Language));
        }

        foreach (var posting in builder.Raw())
        {
            if (!touched.TryGetValue(posting.Term, out var term))
            {
                term = new TouchedTerm(posting.Term, -1, []);
                touched[posting.Term] = term;
            }

            if (withPostings)
            {
                term.Added.Add(posting);
            }
        }
    }

    /// <summary>A term the edit touched: its rank in the previous index (−1 if new) and its postings in the changed documents after the edit.</summary>
    private readonly record struct TouchedTerm(string Term, int Rank, List<DocumentPosting> Added);

    /// <summary>
    /// The touched terms (in ordinal order) rescored: those whose documents and surface forms
    /// stayed copied with only the changed documents' postings scored again (<see cref="UnmovedTerms"/>),
    /// the rest made by a <see cref="PostingsBuilder"/> as a full build makes every term: each
    /// one's previous postings without the documents whose postings of it are replaced (<paramref name="replaced"/>),
    /// with their new ones. For each touched term, where it now is, or null where it lost its last posting (it leaves the index).
    /// </summary>
    private static IndexedTerm?[] Rescore(string language, List<SearchDocument> docs, List<TouchedTerm> all, IndexedTerm[] previous, Func<string, bool[]> replaced, double[] lengths, double average)
    {
        var termOf = new IndexedTerm?[all.Count];
        var unmoved = new List<(string, IndexedTerm, List<DocumentPosting>)>();
        var touched = new List<(TouchedTerm Term, bool[] Replaced)>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var term = all[i];
            term.Added.Sort((a, b) => a.Doc.CompareTo(b.Doc));
            var docsReplaced = replaced(term.Term);
            if (term.Rank >= 0 && UnmovedTerms.Holds(previous[term.Rank].Index, previous[term.Rank].Number, docsReplaced, term.Added))
            {
                // Most terms an edit touches come out as they were (the text around them changed): kept, not copied.
                if (UnmovedTerms.Same(previous[term.Rank].Index, previous[term.Rank].Number, term.Added, docs.Count, lengths, average))
                {
                    termOf[i] = previous[term.Rank];
                }
                else
                {
                    unmoved.Add((term.Term, previous[term.Rank], term.Added));
                }
            }
            else
            {
                touched.Add((term, docsReplaced));
            }
        }

        // Sized up front: the touched terms of one edit can hold hundreds of thousands of postings.
        long postings = 0, positions = 0;
        foreach (var ((_, rank, added), _) in touched)
        {
            postings += added.Count;
            positions += added.Sum(p => p.Positions.Length);
            if (rank >= 0)
            {
                var (source, t) = previous[rank];
                for (var k = source.TermStarts[t]; k < source.TermStarts[t + 1]; k++)
                {
                    postings++;
                    positions += source.PositionTo[k] - source.PositionFrom[k];
                }
            }
        }

        var builder = new PostingsBuilder((int)Math.Min(int.MaxValue / 2, postings), (int)Math.Min(int.MaxValue / 2, positions));
        foreach (var ((name, rank, added), gone) in touched)
        {
            // Both in document order, merged: the previous postings of the documents whose postings stay, the others' new ones.
            var next = 0;
            if (rank >= 0)
            {
                var (source, t) = previous[rank];
                for (var k = source.TermStarts[t]; k < source.TermStarts[t + 1]; k++)
                {
                    var doc = source.Docs[k];
                    for (; next < added.Count && added[next].Doc < doc; next++)
                    {
                        builder.Add(name, added[next].Doc, added[next].Weight, added[next].Positions, added[next].Surfaces);
                    }

                    if (!gone[doc])
                    {
                        builder.Add(name, doc, source.Weights[k], source.PositionsOf(k), source.SurfacesOf(k));
                    }
                }
            }

            for (; next < added.Count; next++)
            {
                builder.Add(name, added[next].Doc, added[next].Weight, added[next].Positions, added[next].Surfaces);
            }
        }

        var index = builder.ToIndex(language, docs, lengths, average);
        var copied = UnmovedTerms.Copy(language, docs, unmoved, lengths, average);
        for (var i = 0; i < all.Count; i++)
        {
            if (termOf[i] is not null)
            {
                continue;
            }

            var t = Array.BinarySearch(copied.Terms, all[i].Term, StringComparer.Ordinal);
            if (t >= 0)
            {
                termOf[i] = new IndexedTerm(copied, t);
            }
            else if ((t = Array.BinarySearch(index.Terms, all[i].Term, StringComparer.Ordinal)) >= 0)
            {
                termOf[i] = new IndexedTerm(index, t);
            }
        }

        return termOf;
    }
}
