using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The search page's scripts read the index's files, whose formats are the generator's
/// (<see cref="Search.SearchIndexWriter.Format"/>), while the scripts are the theme's: a theme of a
/// city's own, copied from an earlier version, would misread a newer index and show wrong results
/// without a word. Each shipped script names the format it reads, and one that names another, or
/// none, stops the build.
/// </summary>
internal static partial class SearchScriptFormat
{
    private static readonly string[] Scripts = ["search/search.js", "search/page.js"];

    /// <param name="name">The file's path under the theme's assets/, '/' separated.</param>
    public static void Check(string file, string name, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (!Scripts.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var named = Named().Match(text);
        var format = named.Success ? int.Parse(named.Groups["format"].Value, CultureInfo.InvariantCulture) : 0;
        if (format == Search.SearchIndexWriter.Format)
        {
            return;
        }

        var location = new SourceLocation(PathDisplay.Relative(file), named.Success ? text.AsSpan(0, named.Index).Count('\n') + 1 : 1, 1);
        diagnostics.Error(DiagnosticCodes.SearchScriptFormat, location, named.Success
            ? MessageText.Of($"this script reads the search index of format {format}, and this version writes format {Search.SearchIndexWriter.Format}: take templates/assets/search/ from this version and make your changes to it again")
            : MessageText.Of($"this script does not say which search index format it reads, and this version writes format {Search.SearchIndexWriter.Format}: take templates/assets/search/ from this version and make your changes to it again"));
    }

    [GeneratedRegex(@"reads the search index of format (?<format>[0-9]{1,9})\b")]
    private static partial Regex Named();
}
