namespace DecisionsPortal.Search;

/// <summary>
/// The bytes of the index's term shards (<c>tS-K.bin</c>) and their positions (<c>pS-K.bin</c>): each
/// term front-coded against the previous one, its surface variants and the forms the browser marks
/// (<see cref="SearchIndex.Forms"/>; their count is there only when the variants' count, doubled, is odd), its postings (document gaps or,
/// for common terms, a bitmap; impact; variant bits) and their positions; and the separators that
/// the manifest finds a shard by. <see cref="SearchIndexWriter"/> decides which shards to encode.
/// </summary>
internal static class ShardEncoder
{
    public static void EncodeShard(IndexedTerm[] table, int start, int end, int count, ByteWriter terms, ByteWriter positions, ByteWriter scratch)
    {
        terms.Clear();
        positions.Clear();
        terms.Varint(end - start);
        string? previous = null;
        for (var t = start; t < end; t++)
        {
            scratch.Clear();
            Encode(table[t].Index, table[t].Number, previous, count, terms, scratch);
            positions.Varint(scratch.Length);
            positions.Bytes(scratch.Written);
            previous = table[t].Term;
        }
    }

    /// <summary>
    /// What the shard planner weighs a term by: the bytes <see cref="Encode"/> writes for it with no
    /// previous term and a byte or more a posting, not the fewer bits its postings may take
    /// (<see cref="PostingValues"/>). So which terms share a shard, and with it what a prefix typed
    /// finds in at most two shards, does not change with how few pairs a term's postings have.
    /// </summary>
    public static int EncodedSize(SearchIndex index, int t, int count)
    {
        var term = index.Terms[t];
        var variants = index.Variants[t];
        var first = index.TermStarts[t];
        var end = index.TermStarts[t + 1];
        var postings = end - first;
        var forms = index.Forms[t];
        var size = 1 + StringSize(term) + ByteWriter.VarintSize(VariantCount(variants, forms)) + ByteWriter.VarintSize(postings) + 1;
        foreach (var variant in variants)
        {
            size += StringSize(variant);
        }

        if (forms.Length > 0)
        {
            size += ByteWriter.VarintSize(forms.Length);
            foreach (var form in forms)
            {
                size += StringSize(form);
            }
        }

        if (postings * 8 >= count)
        {
            size += (count + 7) / 8;
        }
        else
        {
            var last = 0;
            for (var k = first; k < end; k++)
            {
                size += ByteWriter.VarintSize(index.Docs[k] - last);
                last = index.Docs[k];
            }
        }

        if (variants.Length <= 4)
        {
            return size + postings;
        }

        for (var k = first; k < end; k++)
        {
            size += 1 + ByteWriter.VarintSize(index.Masks[k]);
        }

        return size;
    }

    // Most terms have no forms of other terms: they cost no byte.
    private static int VariantCount(string[] variants, string[] forms) => variants.Length * 2 + (forms.Length > 0 ? 1 : 0);

    private static int StringSize(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        return ByteWriter.VarintSize(bytes) + bytes;
    }

    private static void Encode(SearchIndex index, int t, string? previous, int count, ByteWriter w, ByteWriter p)
    {
        var term = index.Terms[t];
        var shared = 0;
        if (previous is not null)
        {
            var max = Math.Min(previous.Length, term.Length);
            while (shared < max && previous[shared] == term[shared])
            {
                shared++;
            }

            // Never split a surrogate pair between the shared part and the suffix.
            if (shared > 0 && char.IsHighSurrogate(term[shared - 1]))
            {
                shared--;
            }
        }

        w.Varint(shared);
        w.String(term.AsSpan(shared));
        var variants = index.Variants[t];
        var forms = index.Forms[t];
        w.Varint(VariantCount(variants, forms));
        foreach (var variant in variants)
        {
            w.String(variant);
        }

        if (forms.Length > 0)
        {
            w.Varint(forms.Length);
            foreach (var form in forms)
            {
                w.String(form);
            }
        }

        var first = index.TermStarts[t];
        var end = index.TermStarts[t + 1];
        var postings = end - first;
        w.Varint(postings);
        var docs = index.Docs.AsSpan(first, postings);
        // A term in at least one document of eight lists its documents as a bitmap, which is
        // smaller than the gaps; common words are what a one-word query's budget is spent on.
        if (postings * 8 >= count)
        {
            var bitmap = w.Zeros((count + 7) / 8);
            foreach (var doc in docs)
            {
                bitmap[doc >> 3] |= (byte)(1 << (doc & 7));
            }
        }
        else
        {
            // Written into room made once for the term (a varint is at most 5 bytes), not checked per number.
            var gaps = w.Reserve(postings * 5);
            var at = 0;
            var last = 0;
            foreach (var doc in docs)
            {
                at += ByteWriter.Varint(gaps[at..], doc - last);
                last = doc;
            }

            w.Advance(at);
        }

        // A term with few surface forms may pack impact (16 levels) and variant bits into one byte.
        PostingValues.Write(index.Impacts.AsSpan(first, postings), index.Masks.AsSpan(first, postings), variants.Length <= 4, w);
        var from = index.PositionFrom.AsSpan(first, postings);
        var to = index.PositionTo.AsSpan(first, postings);
        var all = index.Positions;
        var room = postings;
        for (var k = 0; k < postings; k++)
        {
            room += to[k] - from[k];
        }

        var positions = p.Reserve(room * 5);
        var written = 0;
        for (var k = 0; k < postings; k++)
        {
            var list = all.AsSpan(from[k], to[k] - from[k]);
            written += ByteWriter.Varint(positions[written..], list.Length);
            var lastPosition = 0;
            foreach (var position in list)
            {
                written += ByteWriter.Varint(positions[written..], position - lastPosition);
                lastPosition = position;
            }
        }

        p.Advance(written);
    }

    /// <summary>The shortest prefix of <paramref name="first"/> that sorts after <paramref name="previous"/> (ordinally, as JavaScript compares).</summary>
    public static string Separator(string previous, string first)
    {
        for (var length = 1; length < first.Length; length++)
        {
            if (string.CompareOrdinal(first, 0, previous, 0, length) > 0 && !char.IsHighSurrogate(first[length - 1]))
            {
                return first[..length];
            }
        }

        return first;
    }
}
