namespace DecisionsPortal.Rendering.Data;

/// <summary>The JSON Schemas of the open data, built into the tool beside the code that writes the data they describe.</summary>
public static class JsonSchemas
{
    /// <param name="name">The schema's file name, e.g. "decisions.schema.json".</param>
    public static byte[] Read(string name)
    {
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
