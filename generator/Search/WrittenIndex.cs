namespace DecisionsPortal.Search;

/// <summary>What one build of a language's index wrote, kept by <c>serve</c> so the next build re-encodes only what changed.</summary>
internal sealed record WrittenIndex(int[] Sizes, List<WrittenShard> Shards, List<WrittenChunk> Chunks, IReadOnlyList<SearchDocument> Documents, byte[] DocsFile);

/// <summary>The terms <c>Start..End</c> (ranks) encoded, and the hash of both files.</summary>
internal sealed record WrittenShard(int Start, int End, byte[] Terms, byte[] Positions, byte[] Digest);

internal sealed record WrittenChunk(byte[] Bytes, byte[] Digest);

/// <summary>Term <see cref="T"/> of <see cref="Index"/>: where the term of one rank of a patched index is kept.</summary>
internal readonly record struct TermRef(SearchIndex Index, int T)
{
    public string Term => Index.Terms[T];
}
