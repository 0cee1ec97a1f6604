namespace DecisionsPortal.Search;

/// <summary>
/// What one build of a language's index wrote, kept by <c>serve</c> so the next build re-encodes only what changed;
/// with the suffix rewrites learnt from its known words, which stand while no known word enters or leaves.
/// </summary>
internal sealed record WrittenIndex(int[] Sizes, List<WrittenShard> Shards, List<WrittenChunk> Chunks, IReadOnlyList<SearchDocument> Documents, byte[] DocsFile,
    Dictionary<string, IReadOnlyList<(string From, string To)>> Rewrites);

/// <summary>The terms <c>Start..End</c> (ranks) encoded, and the hash of both files.</summary>
internal sealed record WrittenShard(int Start, int End, byte[] Terms, byte[] Positions, byte[] Digest);

internal sealed record WrittenChunk(byte[] Bytes, byte[] Digest);

/// <summary>
/// Term number <see cref="Number"/> of <see cref="Index"/>: a patched index takes each term's postings
/// from the index that holds them (the last build's for an untouched term, the patch's for a rescored one).
/// </summary>
internal readonly record struct IndexedTerm(SearchIndex Index, int Number)
{
    public string Term => Index.Terms[Number];
}
