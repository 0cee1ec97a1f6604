namespace DecisionsPortal.Search;

/// <summary>
/// The touched terms of a patch whose postings only the changed documents' own can differ in:
/// the same documents hold the term (so its IDF is the same), and each changed document with the
/// same surface forms (so the variants and every posting's variant bits are the same). Scores
/// depend on nothing else but the document's length and the rounded average length
/// (<see cref="SearchIndexBuilder.Score"/>), which a patch requires to be unchanged; so such a
/// term is the previous one copied, with the changed documents' postings replaced and scored as
/// <see cref="PostingsScorer"/> scores them, instead of every posting of a common term being
/// added to a <see cref="PostingsBuilder"/> again by its strings.
/// </summary>
internal static class UnmovedTerms
{
    /// <summary>Whether the term of <paramref name="source"/> keeps its documents and surface forms with <paramref name="added"/> (sorted by document) as the postings of the documents <paramref name="changed"/>.</summary>
    public static bool Holds(SearchIndex source, int t, bool[] changed, List<DocumentPosting> added)
    {
        var next = 0;
        for (var k = source.TermStarts[t]; k < source.TermStarts[t + 1]; k++)
        {
            if (!changed[source.Docs[k]])
            {
                continue;
            }

            if (next >= added.Count || added[next].Doc != source.Docs[k] || !SameForms(source, k, added[next].Surfaces))
            {
                return false;
            }

            next++;
        }

        return next == added.Count;
    }

    /// <summary>
    /// Whether a term that <see cref="Holds"/> would come out of <see cref="Copy"/> as it was: each
    /// posting of <paramref name="added"/> the same weight, positions and surface forms (in order) as
    /// the previous one of its document, and scored to the same impact.
    /// </summary>
    public static bool Same(SearchIndex source, int t, List<DocumentPosting> added, int documents, double[] lengths, double average)
    {
        var idf = SearchIndexBuilder.Idf(documents, source.TermStarts[t + 1] - source.TermStarts[t]);
        var k = source.TermStarts[t];
        foreach (var p in added)
        {
            while (source.Docs[k] != p.Doc)
            {
                k++;
            }

            if (source.Weights[k] != p.Weight
                || !source.PositionsOf(k).SequenceEqual(p.Positions)
                || !source.SurfacesOf(k).SequenceEqual(p.Surfaces)
                || source.Impacts[k] != SearchIndexBuilder.Score(idf, p.Weight, lengths[p.Doc], average))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The terms (each <see cref="Holds"/>) as an index of their own, in the order given.</summary>
    public static SearchIndex Copy(string language, IReadOnlyList<SearchDocument> docs, List<(string Term, IndexedTerm Previous, List<DocumentPosting> Added)> terms, double[] lengths, double average)
    {
        int postings = 0, positions = 0, forms = 0;
        foreach (var (_, (source, t), added) in terms)
        {
            var first = source.TermStarts[t];
            var end = source.TermStarts[t + 1];
            postings += end - first;
            for (var k = first; k < end; k++)
            {
                positions += source.PositionTo[k] - source.PositionFrom[k];
                forms += source.SurfaceStarts[k + 1] - source.SurfaceStarts[k];
            }

            foreach (var p in added)
            {
                positions += p.Positions.Length;
                forms += p.Surfaces.Length;
            }
        }

        var names = new string[terms.Count];
        var termStarts = new int[terms.Count + 1];
        var variants = new string[terms.Count][];
        var termForms = new string[terms.Count][];
        var docsOut = new int[postings];
        var impacts = new byte[postings];
        var masks = new int[postings];
        var from = new int[postings];
        var to = new int[postings];
        var weights = new int[postings];
        var surfaceStarts = new int[postings + 1];
        var all = new int[positions];
        var surfaceList = new string[forms];
        int at = 0, position = 0, form = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var (name, (source, t), added) = terms[i];
            names[i] = name;
            termStarts[i] = at;
            variants[i] = source.Variants[t];
            termForms[i] = source.Forms[t];
            var first = source.TermStarts[t];
            var end = source.TermStarts[t + 1];
            var idf = SearchIndexBuilder.Idf(docs.Count, end - first);
            var next = 0;
            for (var k = first; k < end; k++, at++)
            {
                var doc = source.Docs[k];
                docsOut[at] = doc;
                masks[at] = source.Masks[k];
                surfaceStarts[at] = form;
                from[at] = position;
                if (next < added.Count && added[next].Doc == doc)
                {
                    var p = added[next++];
                    weights[at] = p.Weight;
                    impacts[at] = SearchIndexBuilder.Score(idf, p.Weight, lengths[doc], average);
                    p.Positions.CopyTo(all, position);
                    position += p.Positions.Length;
                    p.Surfaces.CopyTo(surfaceList, form);
                    form += p.Surfaces.Length;
                }
                else
                {
                    weights[at] = source.Weights[k];
                    impacts[at] = source.Impacts[k];
                    var span = source.PositionsOf(k);
                    span.CopyTo(all.AsSpan(position));
                    position += span.Length;
                    var surfaces = source.SurfacesOf(k);
                    surfaces.CopyTo(surfaceList.AsSpan(form));
                    form += surfaces.Length;
                }

                to[at] = position;
            }
        }

        termStarts[terms.Count] = at;
        surfaceStarts[postings] = form;
        return new SearchIndex(language, docs, names, termStarts, variants, docsOut, impacts, masks, from, to, all)
        {
            Forms = termForms,
            Weights = weights,
            SurfaceStarts = surfaceStarts,
            SurfaceList = surfaceList,
        };
    }

    /// <summary>Whether posting k holds the same set of surface forms as <paramref name="forms"/> (each set's forms distinct, in either order).</summary>
    private static bool SameForms(SearchIndex source, int k, string[] forms)
    {
        var held = source.SurfacesOf(k);
        if (held.Length != forms.Length)
        {
            return false;
        }

        foreach (var f in forms)
        {
            if (!held.Contains(f))
            {
                return false;
            }
        }

        return true;
    }
}
