using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using NUglify;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The theme's static files (templates/assets/), published under assets/ with a content hash
/// in their names so that hosts may cache them forever and a changed file is fetched at once.
/// Scripts are minified: the search page's scripts are most of what a first query downloads.
/// </summary>
public sealed partial record AssetCatalog(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Links)
{
    /// <summary>The static files' folder in the templates folder.</summary>
    public const string Folder = "assets";

    /// <summary>Of the theme's files (<see cref="Configuration.ThemeFiles"/>), those under assets/, which are published.</summary>
    public static IEnumerable<string> Published(string templatesDirectory, IReadOnlyList<string> theme)
    {
        var folder = Path.Combine(templatesDirectory, Folder) + Path.DirectorySeparatorChar;
        return theme.Where(f => f.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <param name="theme">The theme's files (<see cref="Configuration.ThemeFiles"/>), of which those under assets/ are published.</param>
    public static AssetCatalog Load(string templatesDirectory, IReadOnlyList<string> theme, string basePath, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesDirectory, Folder);
        var files = new List<OutputFile>();
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Published(templatesDirectory, theme))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var extension = Path.GetExtension(name);
            var bytes = File.ReadAllBytes(file);
            RefuseIfNotUtf8(file, extension, bytes, diagnostics);
            SearchScriptFormat.Check(file, name, bytes, diagnostics);
            bytes = extension == ".js" ? Minified(file, bytes, diagnostics) : bytes;
            // The hash is of the published bytes, so a new minifier's output gets a new address too.
            var hash = Shared.ContentHash.Of(bytes);
            var published = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            files.Add(new OutputFile(published, bytes));
            links[name] = basePath + published;
        }

        return new AssetCatalog(files, links);
    }

    // Browsers read a text asset in the pages' encoding, UTF-8, unless it has a byte order mark or
    // names another encoding first (a stylesheet's @charset rule, an SVG's XML declaration): one
    // saved as Latin-1 ('ANSI') would show its ä and ö as replacement characters on every page.
    private static void RefuseIfNotUtf8(string file, string extension, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (TextExtensions.Contains(extension) && !StrictUtf8.IsUtf16(bytes) && !NamesAnotherEncoding(bytes)
            && StrictUtf8.FirstBadByte(StrictUtf8.WithoutByteOrderMark(bytes)) is var (line, column))
        {
            diagnostics.Error(DiagnosticCodes.ConfigNotUtf8, new SourceLocation(PathDisplay.Relative(file), line, column), TextFileMessages.NotUtf8);
        }
    }

    private static bool NamesAnotherEncoding(byte[] bytes) =>
        DeclaredEncoding().Match(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 200))) is { Success: true } declared
        && !declared.Groups["name"].Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    // '@charset "…";' as CSS requires it written, or '<?xml … encoding="…"'.
    [GeneratedRegex("""\A(?:@charset "(?<name>[^"]+)"|<\?xml[^>]*?\sencoding\s*=\s*["'](?<name>[^"']+)["'])""")]
    private static partial Regex DeclaredEncoding();

    private static readonly HashSet<string> TextExtensions = new([".css", ".js", ".mjs", ".svg", ".json", ".txt", ".xml", ".html", ".htm", ".webmanifest"], StringComparer.OrdinalIgnoreCase);

    private static byte[] Minified(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var result = Uglify.Js(Encoding.UTF8.GetString(bytes));
        if (result.Errors.FirstOrDefault(e => e.IsError) is { } error)
        {
            var location = new SourceLocation(PathDisplay.Relative(file), error.StartLine, error.StartColumn);
            diagnostics.Warning(DiagnosticCodes.ScriptNotMinified, location, MessageText.Of($"the script could not be minified ({error.Message}); it is published as written"));
            return bytes;
        }

        return Encoding.UTF8.GetBytes(result.Code);
    }
}
