using System.Runtime.InteropServices;

namespace DecisionsPortal.Search;

/// <summary>
/// The postings a <see cref="PostingsBuilder"/> collected, grouped by term in ordinal term order
/// (within a term in document order) and scored with BM25F; each term's surface forms ranked by
/// the number of its documents holding them (the first <see cref="SearchIndexBuilder.MaxVariants"/>
/// kept as its variants), and each posting's forms as bits of them; the forms of the term's
/// word that other terms stand for (<see cref="PostingsBuilder.FormMark"/>) ranked alike as its <see cref="SearchIndex.Forms"/>,
/// then the compounds found through it that the browser would not mark otherwise (<see cref="PostingsBuilder.CompoundMark"/>).
/// </summary>
internal static class PostingsScorer
{
    /// <param name="positions">The positions the postings' ranges point into (the array may run on past the last ones).</param>
    /// <param name="positionCount">How many of <paramref name="positions"/> are used.</param>
    /// <param name="patchable">Whether the index gets what only a patch reads (<see cref="SearchIndex.Weights"/>, the postings' forms) and positions of their exact number.</param>
    public static SearchIndex Score(List<string> terms, ReadOnlySpan<RawPosting> all, int[] positions, int positionCount, SurfaceForms surfaces,
        string language, IReadOnlyList<SearchDocument> docs, double[] lengths, double average, bool patchable = true)
    {
        var termCount = terms.Count;
        var count = all.Length;

        // Group the postings by term; they stay in document order within a term.
        var starts = new int[termCount + 1];
        var surfaceTotal = 0;
        foreach (ref readonly var p in all)
        {
            starts[p.Term + 1]++;
            if (patchable)
            {
                surfaceTotal += surfaces.Of(in p.Surface).Length;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        // The postings' indexes grouped by term (a fifth of the bytes of the postings themselves, copied).
        // Each term's start serves as its cursor, which ends at the next term's start: moved back after.
        var byTerm = GC.AllocateUninitializedArray<int>(count);
        for (var j = 0; j < count; j++)
        {
            byTerm[starts[all[j].Term]++] = j;
        }

        starts.AsSpan(0, termCount).CopyTo(starts.AsSpan(1));
        starts[0] = 0;

        var order = new int[termCount];
        var sortedTerms = terms.ToArray();
        for (var t = 0; t < termCount; t++)
        {
            order[t] = t;
        }

        Array.Sort(sortedTerms, order, StringComparer.Ordinal);

        // A word found only in attachments registers its term but posts under the term's twin:
        // a term with no postings is no term of the index (a patch, which sees only postings, has none either).
        if (Array.Exists(order, t => starts[t + 1] == starts[t]))
        {
            var posted = Enumerable.Range(0, termCount).Where(r => starts[order[r] + 1] > starts[order[r]]).ToArray();
            sortedTerms = posted.Select(r => sortedTerms[r]).ToArray();
            order = posted.Select(r => order[r]).ToArray();
            termCount = order.Length;
        }

        var termStarts = new int[termCount + 1];
        var variants = new string[termCount][];
        var gathered = new RawPosting[256];
        var docsOut = GC.AllocateUninitializedArray<int>(count);
        var impacts = GC.AllocateUninitializedArray<byte>(count);
        var masks = GC.AllocateUninitializedArray<int>(count);
        var from = GC.AllocateUninitializedArray<int>(count);
        var to = GC.AllocateUninitializedArray<int>(count);
        var surfaceCount = new int[surfaces.Count];
        var surfaceStamp = new int[surfaces.Count];
        var surfaceBit = new int[surfaces.Count];
        var distinct = new List<int>();
        var distinctForms = new List<int>();
        var distinctCompounds = new List<int>();
        var kindOf = new char[surfaces.Count];
        for (var id = 0; id < kindOf.Length; id++)
        {
            kindOf[id] = surfaces[id][0];
        }

        var termForms = new string[termCount][];
        // A Comparison sorting a span: List.Sort with an IComparer made a delegate of it on every call, once a term.
        Comparison<int> comparer = (a, b) => surfaceCount[a] != surfaceCount[b] ? surfaceCount[b].CompareTo(surfaceCount[a]) : string.CompareOrdinal(surfaces[a], surfaces[b]);
        var weights = patchable ? new int[count] : [];
        var surfaceStarts = patchable ? new int[count + 1] : [];
        // Of the forms' number counted above: a list of one form a posting grew by copying (many
        // postings have several) and was copied out again, three large arrays for one.
        var surfaceList = new string[surfaceTotal];
        var surfaceAt = 0;
        var at = 0;
        for (var rank = 0; rank < termCount; rank++)
        {
            var t = order[rank];
            var first = starts[t];
            var end = starts[t + 1];
            var stamp = rank + 1;
            termStarts[rank] = at;

            // The surface forms by the number of documents they occur in, then ordinally.
            distinct.Clear();
            distinctForms.Clear();
            distinctCompounds.Clear();
            // The term's postings gathered once (the only reads out of document order), then read twice from here.
            if (end - first > gathered.Length)
            {
                gathered = new RawPosting[Math.Max(end - first, gathered.Length * 2)];
            }

            for (var k = first; k < end; k++)
            {
                gathered[k - first] = all[byTerm[k]];
            }

            for (var k = first; k < end; k++)
            {
                foreach (var id in surfaces.Of(in gathered[k - first].Surface))
                {
                    Count(id);
                }
            }

            if (distinct.Count > 1)
            {
                CollectionsMarshal.AsSpan(distinct).Sort(comparer);
            }
            var kept = Math.Min(distinct.Count, SearchIndexBuilder.MaxVariants);
            var forms = new string[kept];
            for (var v = 0; v < kept; v++)
            {
                forms[v] = surfaces[distinct[v]];
                surfaceBit[distinct[v]] = 1 << v;
            }

            variants[rank] = forms;
            termForms[rank] = Marked(distinctForms, SearchIndexBuilder.MaxForms, distinctCompounds, SearchIndexBuilder.MaxCompounds);
            var idf = SearchIndexBuilder.Idf(docs.Count, end - first);
            for (var k = first; k < end; k++, at++)
            {
                ref readonly var p = ref gathered[k - first];
                docsOut[at] = p.Doc;
                impacts[at] = SearchIndexBuilder.Score(idf, p.Weight, lengths[p.Doc], average);
                var mask = 0;
                foreach (var id in surfaces.Of(in p.Surface))
                {
                    mask |= surfaceBit[id];
                }

                masks[at] = mask;
                if (patchable)
                {
                    weights[at] = p.Weight;
                    surfaceStarts[at] = surfaceAt;
                    foreach (var id in surfaces.Of(in p.Surface))
                    {
                        surfaceList[surfaceAt++] = surfaces[id];
                    }
                }

                from[at] = p.PositionFrom;
                to[at] = p.PositionTo;
            }

            void Count(int id)
            {
                if (surfaceStamp[id] != stamp)
                {
                    surfaceStamp[id] = stamp;
                    surfaceCount[id] = 0;
                    surfaceBit[id] = 0;
                    (kindOf[id] switch { PostingsBuilder.FormMark => distinctForms, PostingsBuilder.CompoundMark => distinctCompounds, _ => distinct }).Add(id);
                }

                surfaceCount[id]++;
            }
        }

        termStarts[termCount] = at;

        // The most common forms, then the most common compounds that are not among them, without their marks.
        string[] Marked(List<int> forms, int maxForms, List<int> compounds, int maxCompounds)
        {
            if (forms.Count + compounds.Count == 0)
            {
                return [];
            }

            CollectionsMarshal.AsSpan(forms).Sort(comparer);
            CollectionsMarshal.AsSpan(compounds).Sort(comparer);
            var listed = new List<string>(Math.Min(forms.Count, maxForms) + Math.Min(compounds.Count, maxCompounds));
            for (var v = 0; v < forms.Count && v < maxForms; v++)
            {
                listed.Add(surfaces[forms[v]][1..]);
            }

            var formCount = listed.Count;
            for (var v = 0; v < compounds.Count && listed.Count - formCount < maxCompounds; v++)
            {
                var compound = surfaces[compounds[v]][1..];
                if (listed.IndexOf(compound, 0, formCount) < 0)
                {
                    listed.Add(compound);
                }
            }

            return listed.ToArray();
        }
        if (patchable)
        {
            surfaceStarts[count] = surfaceAt;
        }

        return new SearchIndex(language, docs, sortedTerms, termStarts, variants, docsOut, impacts, masks, from, to, patchable ? positions[..positionCount] : positions)
        {
            Forms = termForms,
            Weights = weights,
            SurfaceStarts = surfaceStarts,
            SurfaceList = surfaceList,
        };
    }
}
