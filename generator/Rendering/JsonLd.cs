using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DecisionsPortal.Rendering.Data;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The schema.org description of a decision, for a <c>&lt;script type="application/ld+json"&gt;</c>
/// block. '&lt;', '&gt;' and '&amp;' are written as \u003c, \u003e and \u0026 (the same string to a
/// JSON parser), so no title can close the script element or open a comment inside it.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public static RawHtml Decision(DecisionData d, string plainProposal, string siteTitle, string homeUrl)
    {
        // Written into a buffer the thread keeps, and read back as text once.
        var output = buffer ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Legislation");
            json.WriteString("@id", d.Url);
            json.WriteString("url", d.Url);
            json.WriteString("name", d.Title);
            json.WriteString("inLanguage", d.Language);
            // An agenda item is not passed yet: it says so, and names no date or organ that passed it.
            var pending = d.Status == "agenda";
            if (!pending)
            {
                json.WriteString("legislationDate", d.Date);
            }

            if (d.Dnro is not null)
            {
                json.WriteString("legislationIdentifier", d.Dnro);
            }

            if (pending)
            {
                json.WriteString("creativeWorkStatus", "Draft");
                json.WriteString("legislationLegalForce", "https://schema.org/NotInForce");
            }
            else
            {
                json.WriteStartObject("legislationPassedBy");
                json.WriteString("@type", "GovernmentOrganization");
                json.WriteString("name", d.Body.Label);
                json.WriteEndObject();
            }
            json.WriteString("abstract", plainProposal);
            if (d.Topics.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", d.Topics.Select(t => t.Label)));
            }

            json.WriteStartArray("workTranslation");
            foreach (var translation in d.Translations)
            {
                json.WriteStartObject();
                json.WriteString("@id", translation.Url);
                json.WriteString("inLanguage", translation.Language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("encoding");
            MediaObject(json, null, d.DataUrl, "application/json");
            json.WriteEndArray();
            json.WriteStartArray("associatedMedia");
            foreach (var attachment in d.Attachments)
            {
                MediaObject(json, attachment.Title, attachment.Url, attachment.Type);
            }

            json.WriteEndArray();
            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "WebSite");
            json.WriteString("name", siteTitle);
            json.WriteString("url", homeUrl);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new RawHtml(Escape(Encoding.UTF8.GetString(output.WrittenSpan)));
    }

    /// <summary>These characters occur in JSON only inside strings, where the escapes mean the same.</summary>
    public static string Escape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal);

    private static void MediaObject(Utf8JsonWriter json, string? name, string url, string format)
    {
        json.WriteStartObject();
        json.WriteString("@type", "MediaObject");
        if (name is not null)
        {
            json.WriteString("name", name);
        }

        json.WriteString("contentUrl", url);
        json.WriteString("encodingFormat", format);
        json.WriteEndObject();
    }
}
