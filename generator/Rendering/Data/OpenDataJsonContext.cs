using System.Text.Json.Serialization;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// The open data records' serialisers generated at compile time, with the naming of
/// <see cref="OpenDataJson.Options"/>: they write straight to the writer (no reflection, no
/// per-property write stack) and cost no start-up to build.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(DecisionData))]
[JsonSerializable(typeof(DecisionsFile))]
// meetings.json and members.json: generated too, or the first of them costs the reflection
// resolver's start (≈ 150 methods compiled and a getter emitted for each property).
[JsonSerializable(typeof(Meetings.MeetingsFile))]
[JsonSerializable(typeof(Members.MembersFile))]
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
