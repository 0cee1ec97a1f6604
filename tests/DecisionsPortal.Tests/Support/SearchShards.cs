using System.Text;
using System.Text.Json;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Reads the term shards of a built search index as the browser does (search.js decodeShard):
/// each term is front-coded against the one before it, so a grep of the bytes can miss a term
/// whose start it shares with its neighbour; decoded, every term and surface form is whole.
/// </summary>
public static class SearchShards
{
    /// <summary>Every term and every surface form of every shard of every language in the output folder.</summary>
    public static IReadOnlyList<string> TermsAndForms(string output)
    {
        var found = new List<string>();
        foreach (var manifest in Directory.EnumerateFiles(Path.Combine(output, "search"), "manifest.*.js", SearchOption.AllDirectories))
        {
            var script = File.ReadAllText(manifest);
            var json = script[script.IndexOf('{')..(script.LastIndexOf('}') + 1)];
            using var document = JsonDocument.Parse(json);
            var count = document.RootElement.GetProperty("count").GetInt32();
            var folder = Path.Combine(Path.GetDirectoryName(manifest)!, document.RootElement.GetProperty("index").GetString()!);
            foreach (var name in Names(document.RootElement))
            {
                found.AddRange(Decode(File.ReadAllBytes(Path.Combine(folder, $"t{name}.bin")), count).SelectMany(t => t.Words.Prepend(t.Term)));
            }
        }

        return found;
    }

    /// <summary>Each shard's name in its index folder, in shard order (search.js: its anchor segment's name and its place there, <c>S-K</c>).</summary>
    public static IReadOnlyList<string> Names(JsonElement manifest) =>
        manifest.GetProperty("segments").EnumerateArray()
            .SelectMany(g => Enumerable.Range(0, g[1].GetInt32()).Select(k => $"{g[0].GetString()}-{k}"))
            .ToList();

    /// <summary>A shard's term with its surface variants and marked forms, its count of postings, and the bytes its postings take (documents, impacts and variant bits).</summary>
    public sealed record ShardTerm(string Term, IReadOnlyList<string> Words, int Postings, int PostingBytes);

    public static IReadOnlyList<ShardTerm> Decode(byte[] bytes, int count)
    {
        var at = 0;
        int Varint()
        {
            int value = 0, shift = 0;
            byte b;
            do
            {
                b = bytes[at++];
                value |= (b & 0x7f) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }

        string Text()
        {
            var length = Varint();
            var text = Encoding.UTF8.GetString(bytes, at, length);
            at += length;
            return text;
        }

        var terms = Varint();
        var previous = "";
        var result = new List<ShardTerm>();
        for (var t = 0; t < terms; t++)
        {
            var shared = Varint();
            var term = previous[..shared] + Text();
            var words = new List<string>();
            // The variants' count doubled, odd when the forms other terms stand for follow (their count, then them).
            var variants = Varint();
            for (var v = 0; v < variants / 2; v++)
            {
                words.Add(Text());
            }

            for (var f = variants % 2 == 1 ? Varint() : 0; f > 0; f--)
            {
                words.Add(Text());
            }

            var postings = Varint();
            var start = at;
            if (postings * 8 >= count)
            {
                at += (count + 7) / 8;
            }
            else
            {
                for (var p = 0; p < postings; p++)
                {
                    Varint();
                }
            }

            // Impacts and variant bits (PostingValues): a byte and a varint each, a byte each, or places in a list of pairs.
            var form = bytes[at++];
            if (form == 2)
            {
                var pairs = Varint();
                for (var p = 0; p < pairs; p++)
                {
                    at++;
                    Varint();
                }

                at += ((postings * (pairs > 1 ? 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(pairs - 1)) : 0)) + 7) / 8;
            }
            else
            {
                for (var p = 0; p < postings; p++)
                {
                    at++;
                    if (form == 0)
                    {
                        Varint();
                    }
                }
            }

            result.Add(new ShardTerm(term, words, postings, at - start));
            previous = term;
        }

        if (at != bytes.Length)
        {
            throw new InvalidDataException($"a term shard has {bytes.Length - at} bytes after its last term");
        }

        return result;
    }
}
