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
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
