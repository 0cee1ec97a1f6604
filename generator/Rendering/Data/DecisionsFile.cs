using System.Text.Json.Serialization;

namespace DecisionsPortal.Rendering.Data;

/// <summary>The whole of <c>&lt;lang&gt;/decisions.json</c>: every decision of one language, newest first, without its texts (see <see cref="OpenDataJson.SummaryToUtf8{T}"/>).</summary>
public sealed record DecisionsFile(
    [property: JsonPropertyName("$schema")] string Schema,
    string Language,
    string Title,
    LicenceData? Licence,
    int Count,
    IReadOnlyList<DecisionData> Decisions,
    IReadOnlyList<TombstoneData> Removed);
