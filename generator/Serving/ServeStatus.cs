using System.Text.Json;
using System.Text.Json.Serialization;

namespace DecisionsPortal.Serving;

/// <summary>
/// What <c>/_serve/status</c> tells the page: <see cref="Version"/> counts every build, <see cref="Good"/>
/// the last one that succeeded (the one being served), and the errors of the last build if it failed, or
/// else its warnings under <see cref="Headline"/>: an editor previewing in the browser sees what build
/// would warn about without reading serve's terminal.
/// <see cref="Rendered"/> counts the files the build made (the others' inputs had not changed), and
/// <see cref="Stages"/> says where its time went.
/// </summary>
public sealed record ServeStatus(int Version, int Good, bool Ok, string Headline, IReadOnlyList<string> Errors, int Parsed, int Written, int Removed, int Rendered = 0)
{
    public IReadOnlyList<ServeStage> Stages { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>False while the search index and the search pages are still being made for this version (every other file is served already).</summary>
    public bool Indexed { get; init; } = true;

    /// <summary>
    /// The version whose files but the search index's and the search pages' are served: an edit is
    /// two versions (its pages, then its index), and a page other than a search page reloads only
    /// when this changes.
    /// </summary>
    public int Pages { get; init; }
}

/// <summary>Its serialiser, generated at compile time, as a native build needs (the names in camelCase, as the page reads them).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ServeStatus))]
internal sealed partial class ServeStatusJson : JsonSerializerContext;
