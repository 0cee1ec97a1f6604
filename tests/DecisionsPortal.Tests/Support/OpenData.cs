using System.Text.Json;
using CsvHelper;
using Json.Schema;

namespace DecisionsPortal.Tests.Support;

/// <summary>Reads the published open data the way a user's script would: the JSON against its published schema, the CSV with a CSV parser.</summary>
public static class OpenData
{
    /// <summary>The schema errors of a JSON text, as "path: message" lines; empty when it is valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(string schemaText, string json)
    {
        // A fresh base URI each time: JsonSchema.Net registers schemas globally by URI.
        var schema = JsonSchema.FromText(schemaText, baseUri: new Uri($"https://schema.test/{Guid.NewGuid():N}/decisions.schema.json"));
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid, without details")
            .ToList();
    }

    /// <summary>The rows of a CSV file as column → value, parsed by CsvHelper's reader.</summary>
    public static (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var rows = new List<IReadOnlyDictionary<string, string>>();
        IReadOnlyList<string> headers = [];
        while (reader.Read())
        {
            headers = reader.Headers.ToList();
            rows.Add(headers.Select((h, i) => (h, reader.GetString(i) ?? "")).ToDictionary(x => x.h, x => x.Item2));
        }

        return (headers.Count > 0 ? headers : reader.Headers.ToList(), rows);
    }
}
