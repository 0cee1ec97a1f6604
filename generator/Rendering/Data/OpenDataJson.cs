using System.Text.Encodings.Web;
using System.Text.Json;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// The one way open data is written as JSON: snake_case names, nulls kept (so every field is
/// always there), ä/ö/å readable, '\n' line ends, so the files are the same on every machine.
/// </summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";
}
