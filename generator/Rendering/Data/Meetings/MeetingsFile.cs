using System.Text.Json.Serialization;

namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary><c>meetings.json</c>: a language's meetings, newest first, each with its agenda items; see <c>data/meetings.schema.json</c>.</summary>
public sealed record MeetingsFile(
    [property: JsonPropertyName("$schema")] string Schema,
    string Language,
    string Title,
    LicenceData? Licence,
    int Count,
    IReadOnlyList<MeetingData> Meetings);
