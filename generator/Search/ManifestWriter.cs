using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DecisionsPortal.Search;

/// <summary>
/// The manifest script the search page loads (<c>globalThis.DPSearchManifest = {…};</c>), its
/// fields in ordinal order. Written field by field: serialising a dictionary of objects made the
/// reflection serialiser build its metadata and compile its code in every build, for one small
/// object a language.
/// </summary>
internal static class ManifestWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What the manifest says of one index besides its page's settings.</summary>
    public sealed record Index(string Language, string Directory, int Count, int ChunkSize, string Meta, string Docs, string ShardFolder,
        IReadOnlyList<string> Separators, IReadOnlyList<(string Name, int Shards)> Segments, IReadOnlyList<LanguageRules> Analysis,
        IReadOnlyDictionary<string, IReadOnlyList<(string From, string To)>> Rewrites);

    public static byte[] Script(Index index, SearchPageInfo page)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        buffer.Write("globalThis.DPSearchManifest = "u8);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("analysis");
            foreach (var rules in index.Analysis)
            {
                json.WriteStartArray();
                json.WriteStringValue(rules.Language);
                json.WriteBooleanValue(rules.HasStemmer);
                Strings(json, rules.StopWords);
                if (index.Rewrites.TryGetValue(rules.Language, out var rewrites) && rewrites.Count > 0)
                {
                    // Flat (ending, base form's ending) pairs, most supported first: what search.js tries on a form the index lacks.
                    Strings(json, rewrites.SelectMany(r => new[] { r.From, r.To }).ToList());
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteString("base", page.BasePath);
            Pairs(json, "bodies", page.Bodies);
            json.WriteNumber("chunk", index.ChunkSize);
            json.WriteString("compose", LatinMarks.SmallLetters());
            json.WriteNumber("count", index.Count);
            json.WriteString("dir", page.BasePath + index.Directory);
            json.WriteString("docs", index.Docs);
            json.WriteStartObject("fold");
            foreach (var (letter, folded) in Folding.Table.OrderBy(p => p.Key))
            {
                json.WriteString(letter.ToString(), folded);
            }

            json.WriteEndObject();
            json.WriteString("index", index.ShardFolder);
            json.WriteString("lang", index.Language);
            json.WriteStartArray("languages");
            foreach (var (code, name, badge) in page.Languages)
            {
                Strings(json, [code, name, badge]);
            }

            json.WriteEndArray();
            json.WriteString("meta", index.Meta);
            json.WriteStartArray("segments");
            foreach (var (name, shards) in index.Segments)
            {
                json.WriteStartArray();
                json.WriteStringValue(name);
                json.WriteNumberValue(shards);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WritePropertyName("shards");
            Strings(json, index.Separators);
            json.WriteStartObject("text");
            foreach (var (key, value) in page.Text.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            Pairs(json, "topics", page.Topics);
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void Pairs(Utf8JsonWriter json, string name, IReadOnlyList<(string Id, string Label)> pairs)
    {
        json.WriteStartArray(name);
        foreach (var (id, label) in pairs)
        {
            Strings(json, [id, label]);
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, IReadOnlyList<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
