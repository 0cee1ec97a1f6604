using System.Text.Encodings.Web;
using System.Text.Json;

namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary><c>meetings.json</c>: a language's meetings, newest first, each with its agenda items; see <c>data/meetings.schema.json</c>.</summary>
public static class MeetingsJson
{
    public static byte[] Write(string schemaUrl, string language, string title, LicenceData? licence, IReadOnlyList<MeetingData> meetings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", schemaUrl);
            json.WriteString("language", language);
            json.WriteString("title", title);
            if (licence is null)
            {
                json.WriteNull("licence");
            }
            else
            {
                json.WriteStartObject("licence");
                json.WriteString("name", licence.Name);
                json.WriteString("url", licence.Url);
                json.WriteEndObject();
            }

            json.WriteNumber("count", meetings.Count);
            json.WriteStartArray("meetings");
            foreach (var m in meetings)
            {
                Meeting(json, m);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Meeting(Utf8JsonWriter json, MeetingData m)
    {
        json.WriteStartObject();
        json.WriteString("id", m.Id);
        json.WriteString("body", m.Body);
        json.WriteString("body_label", m.BodyLabel);
        json.WriteString("date", m.Date);
        json.WriteString("number", m.Number);
        json.WriteString("start", m.Start);
        json.WriteString("end", m.End);
        json.WriteString("place", m.Place);
        json.WriteString("phase", m.Phase);
        json.WriteString("minutes_public", m.MinutesPublic);
        json.WriteString("url", m.Url);
        json.WriteString("feed", m.Feed);
        json.WriteString("calendar", m.Calendar);
        json.WriteStartArray("items");
        foreach (var item in m.Items)
        {
            json.WriteStartObject();
            if (item.Section is { } section)
            {
                json.WriteNumber("section", section);
            }
            else
            {
                json.WriteNull("section");
            }

            json.WriteString("title", item.Title);
            json.WriteString("language", item.Language);
            json.WriteString("url", item.Url);
            json.WriteString("data_url", item.DataUrl);
            json.WriteString("status", item.Status);
            json.WriteBoolean("decided", item.Decided);
            json.WriteString("dnro", item.Dnro);
            json.WriteString("case_url", item.CaseUrl);
            json.WriteString("case_feed", item.CaseFeed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
