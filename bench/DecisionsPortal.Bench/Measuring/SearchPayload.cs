using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// The bytes the search page downloads after its HTML for a one-word query for the index's most
/// common word (the most frequent term, queried by its most common surface form), found the way
/// templates/assets/search/search.js finds them, from the files of the index
/// (generator/Search/SearchIndexWriter.cs): the scripts (assets/search/*.js and the manifest),
/// the shards of the term and of the word's prefixes, the document table, and the metadata
/// chunks of the first page of ten results as search.js ranks them; the results are shown before the
/// document table is fetched (page.js), so both the whole and what precedes the results are told. The query is analysed by
/// the page language's rules only (the bench has no stemmer), which is what a word that is
/// already its own term gives in every language.
/// </summary>
public sealed record SearchPayload(string Folder, string Word, long ScriptBytes, long ManifestBytes, long ShardBytes, int Shards, long DocumentBytes, long MetadataBytes, int Chunks, int IndexFiles)
{
    private const int Page = 10, PrefixMin = 3;
    private const double PrefixWeight = 0.5, ExactWeight = 1.5;

    public long QueryBytes => ScriptBytes + ManifestBytes + ShardBytes + DocumentBytes + MetadataBytes;

    /// <summary>What comes before the results are shown: all but the document table, which page.js fetches after them when no filter is chosen.</summary>
    public long FirstResultsBytes => QueryBytes - DocumentBytes;

    /// <summary>One payload per language folder under search/; empty when the output has no search index.</summary>
    public static IReadOnlyList<SearchPayload> Find(string outputDirectory)
    {
        var search = Path.Combine(outputDirectory, "search");
        if (!Directory.Exists(search))
        {
            return [];
        }

        var scripts = Directory.Exists(Path.Combine(outputDirectory, "assets", "search"))
            ? Directory.EnumerateFiles(Path.Combine(outputDirectory, "assets", "search"), "*.js").Sum(f => new FileInfo(f).Length)
            : 0;
        return Directory.EnumerateFiles(search, "manifest.*.js", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(manifest => Measure(outputDirectory, manifest, scripts))
            .ToList();
    }

    private static SearchPayload Measure(string outputDirectory, string manifestPath, long scripts)
    {
        var folder = Path.GetDirectoryName(manifestPath)!;
        var text = File.ReadAllText(manifestPath);
        using var json = JsonDocument.Parse(text[(text.IndexOf('=') + 1)..text.LastIndexOf(';')]);
        var m = json.RootElement;
        var separators = m.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToList();
        var index = Path.Combine(folder, m.GetProperty("index").GetString()!);
        var count = m.GetProperty("count").GetInt32();
        var fold = m.GetProperty("fold").EnumerateObject().ToDictionary(p => p.Name[0], p => p.Value.GetString()!);
        // search.js: shard i's file is named by its anchor segment's name and its place there, from each segment's shard count.
        var names = m.GetProperty("segments").EnumerateArray()
            .SelectMany(g => Enumerable.Range(0, g[1].GetInt32()).Select(k => string.Create(CultureInfo.InvariantCulture, $"{g[0].GetString()}-{k}")))
            .ToList();
        string ShardPath(int i) => Path.Combine(index, $"t{names[i]}.bin");

        // The most frequent term with a surface form, and the word a user types for it.
        Entry? common = null;
        for (var i = 0; i < separators.Count; i++)
        {
            foreach (var entry in DecodeShard(File.ReadAllBytes(ShardPath(i)), count).Where(e => e.Variants.Count > 0))
            {
                if (common is null || entry.Docs.Length > common.Docs.Length)
                {
                    common = entry;
                }
            }
        }

        var docs = new FileInfo(Path.Combine(folder, m.GetProperty("docs").GetString()!)).Length;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count();
        var folderName = Path.GetRelativePath(outputDirectory, folder).Replace('\\', '/');
        if (common is null)
        {
            return new SearchPayload(folderName, "", scripts, new FileInfo(manifestPath).Length, 0, 0, docs, 0, 0, files);
        }

        // search.js parse/shardsOf: the term's shard, and for the last word one shard for each prefix.
        var word = common.Variants[0];
        var needed = new SortedSet<int> { Find(separators, common.Term) };
        var prefixes = new[] { Fold(word, fold), common.Term }.Where(p => p.Length >= PrefixMin).Distinct().ToList();
        foreach (var prefix in prefixes)
        {
            needed.Add(Find(separators, prefix));
        }

        // search.js score: the term's impact (more for the exact form), prefix terms at half weight, the best per document.
        var loaded = needed.ToDictionary(i => i, i => DecodeShard(File.ReadAllBytes(ShardPath(i)), count));
        var scores = new Dictionary<int, double>();
        void Add(Entry e, double weight)
        {
            var bit = e.Variants.IndexOf(word) is var v and >= 0 ? 1 << v : 0;
            for (var j = 0; j < e.Docs.Length; j++)
            {
                var s = e.Impacts[j] * weight * ((e.Masks[j] & bit) != 0 ? ExactWeight : 1);
                if (!scores.TryGetValue(e.Docs[j], out var old) || s > old)
                {
                    scores[e.Docs[j]] = s;
                }
            }
        }

        Add(common, 1);
        foreach (var prefix in prefixes)
        {
            foreach (var e in loaded[Find(separators, prefix)].Where(e => e.Term.StartsWith(prefix, StringComparison.Ordinal) && e.Term != common.Term).Distinct())
            {
                Add(e, PrefixWeight);
            }
        }

        var chunk = m.GetProperty("chunk").GetInt32();
        var meta = Path.Combine(folder, m.GetProperty("meta").GetString()!);
        var chunks = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Page).Select(s => s.Key / chunk).Distinct().ToList();
        return new SearchPayload(
            folderName,
            word,
            scripts,
            new FileInfo(manifestPath).Length,
            needed.Sum(i => new FileInfo(ShardPath(i)).Length),
            needed.Count,
            docs,
            chunks.Sum(c => new FileInfo(Path.Combine(meta, c.ToString(CultureInfo.InvariantCulture) + ".json")).Length),
            chunks.Count,
            files);
    }

    private static int Find(List<string> separators, string term)
    {
        int low = 0, high = separators.Count - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(separators[mid], term) <= 0)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static string Fold(string word, Dictionary<char, string> table)
    {
        var folded = new StringBuilder();
        foreach (var c in word)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(table.TryGetValue(c, out var to) ? to : c.ToString());
            }
        }

        return folded.ToString();
    }

    /// <summary>search.js decodeShard: each term with its variants, documents, impacts and variant bits.</summary>
    private static List<Entry> DecodeShard(byte[] b, int count)
    {
        var pos = 0;
        int V()
        {
            int x = 0, shift = 0, c;
            do
            {
                c = b[pos++];
                x |= (c & 127) << shift;
                shift += 7;
            }
            while ((c & 128) != 0);
            return x;
        }

        string S()
        {
            var n = V();
            var s = Encoding.UTF8.GetString(b, pos, n);
            pos += n;
            return s;
        }

        var terms = V();
        var list = new List<Entry>(terms);
        var previous = "";
        for (var i = 0; i < terms; i++)
        {
            var shared = V();
            var term = previous[..shared] + S();
            // The variants' count doubled, odd when the forms other terms stand for follow (their count, then them).
            var variants = new List<string>();
            var counted = V();
            for (var k = counted / 2; k > 0; k--)
            {
                variants.Add(S());
            }

            for (var k = counted % 2 == 1 ? V() : 0; k > 0; k--)
            {
                S();
            }

            var np = V();
            var docs = new int[np];
            var impacts = new int[np];
            var masks = new int[np];
            if (np * 8 >= count)
            {
                var j = 0;
                for (var x = 0; x < (count + 7) >> 3; x++)
                {
                    for (var bit = 0; bit < 8; bit++)
                    {
                        if ((b[pos + x] & (1 << bit)) != 0)
                        {
                            docs[j++] = (x * 8) + bit;
                        }
                    }
                }

                pos += (count + 7) >> 3;
            }
            else
            {
                for (int j = 0, d = 0; j < np; j++)
                {
                    d += V();
                    docs[j] = d;
                }
            }

            // PostingValues: a byte and a varint each (0), a byte each (1), or places in a list of pairs (2).
            var form = b[pos++];
            if (form == 2)
            {
                var pairs = V();
                var pairImpacts = new int[pairs];
                var pairMasks = new int[pairs];
                for (var k = 0; k < pairs; k++)
                {
                    pairImpacts[k] = b[pos++];
                    pairMasks[k] = V();
                }

                var width = pairs > 1 ? 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(pairs - 1)) : 0;
                for (int j = 0, at = pos * 8; j < np; j++)
                {
                    var x = 0;
                    for (var q = 0; q < width; q++, at++)
                    {
                        x |= ((b[at >> 3] >> (at & 7)) & 1) << q;
                    }

                    impacts[j] = pairImpacts[x];
                    masks[j] = pairMasks[x];
                }

                pos += ((np * width) + 7) / 8;
            }

            for (var j = 0; j < np && form != 2; j++)
            {
                if (form == 1)
                {
                    var x = b[pos++];
                    impacts[j] = (x >> 4) * 17;
                    masks[j] = x & 15;
                }
                else
                {
                    impacts[j] = b[pos++];
                    masks[j] = V();
                }
            }

            list.Add(new Entry(term, variants, docs, impacts, masks));
            previous = term;
        }

        return list;
    }

    private sealed record Entry(string Term, List<string> Variants, int[] Docs, int[] Impacts, int[] Masks);
}
