using System.Security.Cryptography;

namespace DecisionsPortal.Search;

/// <summary>
/// Writes one language's index as static files under <see cref="SearchPageInfo.Directory"/>:
/// <list type="bullet">
/// <item><c>manifest.HASH.js</c>: the shard table (one separator string a shard), facet labels, stop words, fold table and UI texts; loaded by the page with the script.</item>
/// <item><c>i-HASH/tS-K.bin</c>: a range of terms with their surface variants, the words posted under a term as forms of its base form whose own terms differ (what a result it found marks), and postings (document gaps or, for common terms, a bitmap; impact; variant bits, packed in one byte when a term has at most four forms, or as the few distinct pairs and a place among them a posting, <see cref="PostingValues"/>).</item>
/// <item><c>i-HASH/pS-K.bin</c>: the positions of the same postings, fetched only for quoted phrases.</item>
/// <item><c>docs.HASH.bin</c>: every document's organ, language and topics (a few bits each) and the dates, for facet counts, filters and sorting.</item>
/// <item><c>m-HASH/N.json</c>: metadata of <see cref="ChunkSize"/> documents (title, date, path, snippet source, organ, language, note, indexed attachments), fetched only for the results shown.</item>
/// </list>
/// Every file can be cached forever: its name or folder carries a content hash. The shards and
/// the metadata chunks each share one hash of all of them, since listing hundreds or thousands
/// of hashes in the manifest would weigh more than what a query fetches; a shard is found by
/// binary search in the separators, each the shortest prefix of its first term that sorts
/// after the previous shard's last term. A shard's file is named by its anchor segment S (the
/// shards from one anchor term to the next, <see cref="ShardPlanner.IsAnchor"/>; S is a hash of
/// the anchor term, <see cref="ShardPlanner.SegmentName"/>) and its place K in it, the manifest
/// listing each segment's name and shard count: a term that grows, shrinks, comes or goes re-cuts
/// the shards of its own segment only, so <c>serve</c> rewrites those files and not every file
/// after them, as numbering the shards through would.
/// </summary>
public static class SearchIndexWriter
{
    // Four: the first page of a one-word query fetches up to ten chunks (its ten results are
    // scattered by score), so larger chunks soon take a query over its 100 KB budget, and smaller
    // ones double the files; the sizes measured are in bench/RESULTS.md.
    public const int ChunkSize = 4;

    /// <summary>
    /// The files' formats, which the theme's search scripts read (<see cref="Rendering.SearchScriptFormat"/>):
    /// one more with each change a script of an earlier version would misread.
    /// </summary>
    public const int Format = 2;

    /// <summary>
    /// The files of an index whose term of rank r is <c>terms[r]</c>. With <paramref name="previous"/>
    /// (what the last build wrote), only the shards holding a term of <paramref name="touched"/>
    /// (sorted ranks) or cut differently, and the metadata chunks of <paramref name="changedDocs"/>,
    /// are encoded again; every other file's bytes are the previous ones, which are what encoding would give.
    /// The suffix rewrites are learnt from <paramref name="known"/> again unless <paramref name="sameKnown"/>
    /// says that its words are those of <paramref name="previous"/>.
    /// </summary>
    internal static (SearchFiles Files, WrittenIndex Written) Write(string language, IReadOnlyList<SearchDocument> documents, IndexedTerm[] terms, SearchPageInfo page, BaseForms.KnownWords known, WrittenIndex? previous, int[] touched, IReadOnlyCollection<int> changedDocs, bool sameKnown = false)
    {
        var files = new List<SearchFile>();
        var dir = page.Directory;
        var count = documents.Count;
        var sizes = previous is null ? new int[terms.Length] : (int[])previous.Sizes.Clone();
        foreach (var t in previous is null ? Enumerable.Range(0, terms.Length) : touched)
        {
            sizes[t] = ShardEncoder.EncodedSize(terms[t].Index, terms[t].Number, count);
        }

        var starts = ShardPlanner.Plan(sizes, anchor: t => ShardPlanner.IsAnchor(terms[t].Term));
        var reusable = previous?.Shards.ToDictionary(s => s.Start);
        var shards = new List<WrittenShard>(starts.Count);
        var termWriter = new ByteWriter();
        var positionWriter = new ByteWriter();
        var scratch = new ByteWriter();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : terms.Length;
            if (reusable is not null && reusable.TryGetValue(starts[s], out var old) && old.End == end && !TouchesAny(touched, starts[s], end))
            {
                shards.Add(old);
                continue;
            }

            ShardEncoder.EncodeShard(terms, starts[s], end, count, termWriter, positionWriter, scratch);
            hash.AppendData(termWriter.Written);
            hash.AppendData(positionWriter.Written);
            shards.Add(new WrittenShard(starts[s], end, termWriter.ToArray(), positionWriter.ToArray(), hash.GetHashAndReset()));
        }

        // One hash of the shards' hashes: a changed shard renames the folder without hashing the rest again.
        foreach (var shard in shards)
        {
            hash.AppendData(shard.Digest);
        }

        var shardFolder = "i-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        var separators = new List<string>(shards.Count);
        var segments = new List<(string Name, int Shards)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < shards.Count; s++)
        {
            var first = terms[shards[s].Start].Term;
            var anchor = ShardPlanner.IsAnchor(first);
            if (s == 0 || anchor)
            {
                // Before the first anchor, "0" (an anchor's name has eight digits); two anchors whose
                // names meet, a rare event, are told apart by their order.
                var name = anchor ? ShardPlanner.SegmentName(first) : "0";
                while (!names.Add(name))
                {
                    name += "x";
                }

                segments.Add((name, 0));
            }

            var (segment, k) = segments[^1];
            segments[^1] = (segment, k + 1);
            var n = string.Create(CultureInfo.InvariantCulture, $"{segment}-{k}");
            files.Add(new SearchFile($"{dir}{shardFolder}/t{n}.bin", shards[s].Terms));
            files.Add(new SearchFile($"{dir}{shardFolder}/p{n}.bin", shards[s].Positions));
            separators.Add(s == 0 ? "" : ShardEncoder.Separator(terms[shards[s].Start - 1].Term, first));
        }

        var docsFile = previous is not null && changedDocs.All(d => SameFacets(previous.Documents[d], documents[d])) ? previous.DocsFile : DocumentTableWriter.Write(documents, page);
        var docsName = $"docs.{Shared.ContentHash.Of(docsFile)}.bin";
        files.Add(new SearchFile(dir + docsName, docsFile));

        var chunks = MetadataChunkWriter.Write(documents, page, previous?.Chunks, changedDocs);
        foreach (var chunk in chunks)
        {
            hash.AppendData(chunk.Digest);
        }

        var metaHash = Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
        files.AddRange(chunks.Select((c, i) => new SearchFile($"{dir}m-{metaHash}/{i.ToString(CultureInfo.InvariantCulture)}.json", c.Bytes)));
        var rewrites = sameKnown && previous is not null ? previous.Rewrites : Rewrites(documents, known);
        var script = ManifestWriter.Script(new ManifestWriter.Index(language, dir, documents.Count, ChunkSize, "m-" + metaHash, docsName, shardFolder, separators, segments, Analysis(language, documents), rewrites), page);
        var manifestPath = $"{dir}manifest.{Shared.ContentHash.Of(script)}.js";
        files.Add(new SearchFile(manifestPath, script));
        return (new SearchFiles(files, manifestPath), new WrittenIndex(sizes, shards, chunks, documents, docsFile, rewrites));
    }

    /// <summary>Whether two documents give the same bits and date in the documents file.</summary>
    private static bool SameFacets(SearchDocument a, SearchDocument b) =>
        a.Date == b.Date && a.Body == b.Body && a.Language == b.Language && a.Topics.SequenceEqual(b.Topics, StringComparer.Ordinal);

    private static bool TouchesAny(int[] touched, int start, int end)
    {
        var i = Array.BinarySearch(touched, start);
        if (i < 0)
        {
            i = ~i;
        }

        return i < touched.Length && touched[i] < end;
    }

    /// <summary>Each document language's endings of words that its dictionary names another base form (<see cref="BaseForms.SuffixRewrites"/>).</summary>
    private static Dictionary<string, IReadOnlyList<(string From, string To)>> Rewrites(IReadOnlyList<SearchDocument> documents, BaseForms.KnownWords known) =>
        documents.Select(d => d.Language).Distinct().ToDictionary(l => l, l => BaseForms.SuffixRewrites.Learn(known.In(l)), StringComparer.Ordinal);

    /// <summary>The languages whose analysis the browser repeats on a query: the page's own first.</summary>
    private static List<LanguageRules> Analysis(string language, IReadOnlyList<SearchDocument> documents) =>
        new[] { language }.Concat(documents.Select(d => d.Language).Distinct().Order(StringComparer.Ordinal))
            .Distinct()
            .Select(l => LanguageRules.For(l))
            .ToList();
}
