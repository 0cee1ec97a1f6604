namespace DecisionsPortal.Serving;

/// <summary>
/// The headers the built <c>_headers</c> file (Netlify / Cloudflare Pages format) asks a host to
/// send, read back by serve so that a page is tried under the same policy it will be hosted with:
/// a rule is a path, exact or ending in <c>*</c>, followed by indented <c>Name: value</c> lines.
/// Every rule that matches adds its headers, in the file's order.
/// </summary>
public sealed class HostHeaders
{
    private readonly List<(string Pattern, List<KeyValuePair<string, string>> Headers)> rules = [];

    public static HostHeaders Parse(string text)
    {
        var result = new HostHeaders();
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                result.rules.Add((Uri.UnescapeDataString(line.Trim()), []));
            }
            else if (result.rules.Count > 0 && line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                result.rules[^1].Headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return result;
    }

    /// <summary>The headers for a request path as received (decoded, starting with '/').</summary>
    public IEnumerable<KeyValuePair<string, string>> For(string path) =>
        rules.Where(r => r.Pattern.EndsWith('*') ? path.StartsWith(r.Pattern[..^1], StringComparison.Ordinal) : path == r.Pattern)
            .SelectMany(r => r.Headers);
}
