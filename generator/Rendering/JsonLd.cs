using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DecisionsPortal.Rendering.Data;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The schema.org description of a decision, for a <c>&lt;script type="application/ld+json"&gt;</c>
/// block. '&lt;', '&gt;' and '&amp;' are written as \u003c, \u003e and \u0026 (the same string to a
/// JSON parser), so no title can close the script element or open a comment inside it.
/// </summary>
public static partial class JsonLd
{
    // The writer escapes the values; the generated serialiser only names and orders the fields.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public static RawHtml Decision(DecisionData d, string plainProposal, string siteTitle, string homeUrl)
    {
        // An agenda item is not passed yet: it says so, and names no date or organ that passed it.
        var pending = d.Status == "agenda";
        var legislation = new Legislation(
            "https://schema.org", "Legislation", d.Url, d.Url, d.Title, d.Language,
            pending ? null : d.Date,
            d.Dnro,
            pending ? "Draft" : null,
            pending ? "https://schema.org/NotInForce" : null,
            pending ? null : new Named("GovernmentOrganization", d.Body.Label),
            plainProposal,
            d.Topics.Count > 0 ? string.Join(", ", d.Topics.Select(t => t.Label)) : null,
            [.. d.Translations.Select(t => new Translation(t.Url, t.Language))],
            [new MediaObject("MediaObject", null, d.DataUrl, "application/json")],
            [.. d.Attachments.Select(a => new MediaObject("MediaObject", a.Title, a.Url, a.Type))],
            new Named("WebSite", siteTitle, homeUrl));

        // Written into a buffer the thread keeps, and read back as text once.
        var output = buffer ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            JsonSerializer.Serialize(json, legislation, JsonLdContext.Default.Legislation);
        }

        return new RawHtml(Escape(Encoding.UTF8.GetString(output.WrittenSpan)));
    }

    /// <summary>These characters occur in JSON only inside strings, where the escapes mean the same.</summary>
    public static string Escape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

    internal sealed record Legislation(
        [property: JsonPropertyName("@context")] string Context,
        [property: JsonPropertyName("@type")] string Type,
        [property: JsonPropertyName("@id")] string Id,
        string Url,
        string Name,
        string InLanguage,
        string? LegislationDate,
        string? LegislationIdentifier,
        string? CreativeWorkStatus,
        string? LegislationLegalForce,
        Named? LegislationPassedBy,
        string Abstract,
        string? Keywords,
        IReadOnlyList<Translation> WorkTranslation,
        IReadOnlyList<MediaObject> Encoding,
        IReadOnlyList<MediaObject> AssociatedMedia,
        Named IsPartOf);

    internal sealed record Named([property: JsonPropertyName("@type")] string Type, string Name, string? Url = null);

    internal sealed record Translation([property: JsonPropertyName("@id")] string Id, string InLanguage);

    internal sealed record MediaObject([property: JsonPropertyName("@type")] string Type, string? Name, string ContentUrl, string EncodingFormat);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(Legislation))]
    internal sealed partial class JsonLdContext : JsonSerializerContext;
}
