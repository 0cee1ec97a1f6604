using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DecisionsPortal.Output;

namespace DecisionsPortal.Search;

/// <summary>
/// Writes one language's index as static files under <see cref="SearchPageInfo.Directory"/>:
/// <list type="bullet">
/// <item><c>manifest.HASH.js</c>: the shard table, facet labels, stop words, fold table and UI texts; loaded by the page with the script.</item>
/// <item><c>tN.HASH.bin</c>: a range of terms with their surface variants and postings (document gaps or, for common terms, a bitmap; impact; variant bits, packed in one byte when a term has at most four forms).</item>
/// <item><c>pN.HASH.bin</c>: the positions of the same postings, fetched only for quoted phrases.</item>
/// <item><c>docs.HASH.bin</c>: every document's facets (one combination id each) and the dates, for facet counts, filters and sorting.</item>
/// <item><c>m-HASH/N.json</c>: metadata of <see cref="ChunkSize"/> documents (title, date, path, snippet source), fetched only for the results shown.</item>
/// </list>
/// Every name carries a content hash; the metadata chunks share one hash of all of them, since
/// listing thousands of hashes would weigh more than the chunks a query fetches.
/// </summary>
public static class SearchIndexWriter
{
    public const int ChunkSize = 2;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SearchFiles Write(SearchIndex index, SearchPageInfo page)
    {
        var files = new List<OutputFile>();
        var dir = page.Directory;
        var count = index.Documents.Count;
        var encoded = index.Terms.Select(t => Encode(t, null, count)).ToList();
        var starts = ShardPlanner.Plan(encoded.Select(e => e.Terms.Length).ToList());
        var shards = new List<object[]>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : index.Terms.Count;
            var (terms, positions) = EncodeShard(index.Terms, starts[s], end, count);
            var termHash = ContentHash.Of(terms);
            var positionHash = ContentHash.Of(positions);
            files.Add(new OutputFile($"{dir}t{s}.{termHash}.bin", terms));
            files.Add(new OutputFile($"{dir}p{s}.{positionHash}.bin", positions));
            shards.Add([index.Terms[starts[s]].Term, termHash, positionHash]);
        }

        var (combos, docsFile) = Documents(index, page);
        var docsName = $"docs.{ContentHash.Of(docsFile)}.bin";
        files.Add(new OutputFile(dir + docsName, docsFile));

        var chunks = Chunks(index, page.DateFormat);
        var metaHash = ContentHash.Of(chunks.SelectMany(c => c).ToArray());
        files.AddRange(chunks.Select((c, i) => new OutputFile($"{dir}m-{metaHash}/{i.ToString(CultureInfo.InvariantCulture)}.json", c)));

        var manifest = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["base"] = page.BasePath,
            ["dir"] = page.BasePath + dir,
            ["lang"] = index.Language,
            ["count"] = index.Documents.Count,
            ["chunk"] = ChunkSize,
            ["meta"] = "m-" + metaHash,
            ["docs"] = docsName,
            ["shards"] = shards,
            ["analysis"] = Analysis(index),
            ["fold"] = Folding.Table.OrderBy(p => p.Key).ToDictionary(p => p.Key.ToString(), p => p.Value),
            ["bodies"] = page.Bodies.Select(b => new[] { b.Id, b.Label }).ToList(),
            ["topics"] = page.Topics.Select(t => new[] { t.Id, t.Label }).ToList(),
            ["languages"] = page.Languages.Select(l => new[] { l.Code, l.Name, l.Badge }).ToList(),
            ["combos"] = combos.Select(c => new object[] { c.Body, c.Language, c.Topics }).ToList(),
            ["text"] = new SortedDictionary<string, string>(page.Text.ToDictionary(), StringComparer.Ordinal),
        };
        var script = Encoding.UTF8.GetBytes("globalThis.DPSearchManifest = " + JsonSerializer.Serialize(manifest, Json) + ";\n");
        var manifestPath = $"{dir}manifest.{ContentHash.Of(script)}.js";
        files.Add(new OutputFile(manifestPath, script));
        return new SearchFiles(files, manifestPath);
    }

    /// <summary>The languages whose analysis the browser repeats on a query: the page's own first.</summary>
    private static List<object> Analysis(SearchIndex index) =>
        new[] { index.Language }.Concat(index.Documents.Select(d => d.Language).Distinct().Order(StringComparer.Ordinal))
            .Distinct()
            .Select(l => LanguageRules.For(l))
            .Select(r => (object)new object[] { r.Language, r.HasStemmer, r.StopWords })
            .ToList();

    private static (byte[] Terms, byte[] Positions) EncodeShard(IReadOnlyList<TermEntry> terms, int start, int end, int count)
    {
        var termWriter = new ByteWriter();
        var positionWriter = new ByteWriter();
        termWriter.Varint(end - start);
        string? previous = null;
        for (var i = start; i < end; i++)
        {
            var (entry, positions) = Encode(terms[i], previous, count);
            termWriter.Bytes(entry);
            positionWriter.Varint(positions.Length);
            positionWriter.Bytes(positions);
            previous = terms[i].Term;
        }

        return (termWriter.ToArray(), positionWriter.ToArray());
    }

    private static (byte[] Terms, byte[] Positions) Encode(TermEntry term, string? previous, int count)
    {
        var w = new ByteWriter();
        var shared = 0;
        if (previous is not null)
        {
            var max = Math.Min(previous.Length, term.Term.Length);
            while (shared < max && previous[shared] == term.Term[shared])
            {
                shared++;
            }

            // Never split a surrogate pair between the shared part and the suffix.
            if (shared > 0 && char.IsHighSurrogate(term.Term[shared - 1]))
            {
                shared--;
            }
        }

        w.Varint(shared);
        w.String(term.Term[shared..]);
        w.Varint(term.Variants.Count);
        foreach (var variant in term.Variants)
        {
            w.String(variant);
        }

        w.Varint(term.Postings.Count);
        // A term in at least one document of eight lists its documents as a bitmap, which is
        // smaller than the gaps; common words are what a one-word query's budget is spent on.
        var dense = term.Postings.Count * 8 >= count;
        if (dense)
        {
            var bitmap = new byte[(count + 7) / 8];
            foreach (var posting in term.Postings)
            {
                bitmap[posting.Doc >> 3] |= (byte)(1 << (posting.Doc & 7));
            }

            w.Bytes(bitmap);
        }

        var last = 0;
        foreach (var posting in term.Postings.Where(_ => !dense))
        {
            w.Varint(posting.Doc - last);
            last = posting.Doc;
        }

        // A term with few surface forms packs impact (16 levels) and variant bits into one byte.
        var packed = term.Variants.Count <= 4;
        w.Byte(packed ? 1 : 0);
        var p = new ByteWriter();
        foreach (var posting in term.Postings)
        {
            if (packed)
            {
                w.Byte((Math.Clamp((posting.Impact + 8) / 17, 1, 15) << 4) | posting.VariantMask);
            }
            else
            {
                w.Byte(posting.Impact);
                w.Varint(posting.VariantMask);
            }

            p.Varint(posting.Positions.Count);
            var lastPosition = 0;
            foreach (var position in posting.Positions)
            {
                p.Varint(position - lastPosition);
                lastPosition = position;
            }
        }

        return (w.ToArray(), p.ToArray());
    }

    private static (List<Combo> Combos, byte[] File) Documents(SearchIndex index, SearchPageInfo page)
    {
        var bodyIndex = page.Bodies.Select((b, i) => (b.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var topicIndex = page.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var languageIndex = page.Languages.Select((l, i) => (l.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var combos = new List<Combo>();
        var comboIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<int>();
        foreach (var doc in index.Documents)
        {
            var topics = doc.Topics.Select(t => topicIndex[t]).Order().ToArray();
            var combo = new Combo(bodyIndex[doc.Body], languageIndex[doc.Language], topics);
            var key = $"{combo.Body}/{combo.Language}/{string.Join(',', topics)}";
            if (!comboIds.TryGetValue(key, out var id))
            {
                id = combos.Count;
                comboIds[key] = id;
                combos.Add(combo);
            }

            ids.Add(id);
        }

        var w = new ByteWriter();
        w.Varint(index.Documents.Count);
        var width = combos.Count <= 256 ? 1 : 2;
        w.Varint(width);
        foreach (var id in ids)
        {
            w.Byte(id & 0xFF);
            if (width == 2)
            {
                w.Byte(id >> 8);
            }
        }

        // Documents are newest first: the dates as runs of (days back from the previous date, count).
        var runs = index.Documents.GroupBy(d => d.Date).ToList();
        w.Varint(runs.Count);
        var previous = runs.Count > 0 ? runs[0].Key.DayNumber - DateOnly.FromDateTime(new DateTime(1970, 1, 1)).DayNumber : 0;
        w.Varint(previous);
        var previousDay = runs.Count > 0 ? runs[0].Key.DayNumber : 0;
        foreach (var run in runs)
        {
            w.Varint(previousDay - run.Key.DayNumber);
            w.Varint(run.Count());
            previousDay = run.Key.DayNumber;
        }

        return (combos, w.ToArray());
    }

    private static List<byte[]> Chunks(SearchIndex index, string dateFormat) =>
        index.Documents.Chunk(ChunkSize)
            .Select(chunk => JsonSerializer.SerializeToUtf8Bytes(
                chunk.Select(d => new object[]
                {
                    d.Title, d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Date.ToString(dateFormat, CultureInfo.InvariantCulture), d.Path, d.Snippet,
                }).ToList(), Json))
            .ToList();

    private sealed record Combo(int Body, int Language, int[] Topics);
}
