using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// The one way open data is written as JSON: snake_case names, nulls kept (so every field is
/// always there), ä/ö/å readable, '\n' line ends, so the files are the same on every machine.
/// Not indented: indentation is a large share of every record's bytes, over thousands of
/// index.json files, and readers (a browser's JSON view, jq) indent it themselves.
/// </summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // The writer formats the text, so it must indent and escape exactly as Options says.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = Options.WriteIndented,
        NewLine = Options.NewLine,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        Encoder = Options.Encoder,
        SkipValidation = true,
    };

    // What SerializeToUtf8 serialises with: the generated serialisers (their fast path writes
    // straight to the writer), which need options without an encoder of their own; values are
    // escaped by the writer (WriterOptions.Encoder) either way, and names are plain ASCII.
    private static readonly JsonSerializerOptions Generated = new(Options)
    {
        Encoder = null,
        TypeInfoResolver = OpenDataJsonContext.Default,
    };

    // decisions.json's and decisions.csv's records: each decision's DecisionData without its texts,
    // which its own index.json carries. The texts were two thirds of the site's bytes at 10,000
    // decisions a language, each written three times (page, index.json, bulk files); a journalist
    // filters the bulk file by date, organ, topic or person and then fetches the few records they read.
    private static readonly string[] Texts = ["proposal", "decision", "previous", "text"];

    private static readonly JsonSerializerOptions Summaries = new(Generated)
    {
        TypeInfoResolver = Generated.TypeInfoResolver!.WithAddedModifier(info =>
        {
            foreach (var text in info.Type == typeof(DecisionData) ? info.Properties.Where(p => Texts.Contains(p.Name)).ToList() : [])
            {
                info.Properties.Remove(text);
            }
        }),
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>
    /// The value as <see cref="Options"/> says, with a line end, as UTF-8: written straight to bytes
    /// in a buffer the thread reuses, then copied once into an array of its exact size.
    /// </summary>
    public static byte[] SerializeToUtf8<T>(T value) => Write(value, Generated);

    /// <summary>As <see cref="SerializeToUtf8{T}"/>, with each <see cref="DecisionData"/> in it without its texts (decisions.json's records).</summary>
    public static byte[] SummaryToUtf8<T>(T value) => Write(value, Summaries);

    private static byte[] Write<T>(T value, JsonSerializerOptions options)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
        }

        var bytes = new byte[output.WrittenCount + 1];
        output.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
