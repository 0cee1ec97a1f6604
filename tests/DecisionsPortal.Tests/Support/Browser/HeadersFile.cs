namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Reads a <c>_headers</c> file (Netlify / Cloudflare Pages format: a path pattern on its own
/// line, then indented "Name: value" lines) so the test server sends what such a host would.
/// </summary>
public sealed record HeadersFile(IReadOnlyList<(string Pattern, string Name, string Value)> Rules)
{
    public static HeadersFile Read(string path)
    {
        var rules = new List<(string, string, string)>();
        string? pattern = null;
        foreach (var line in File.Exists(path) ? File.ReadAllLines(path) : [])
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                pattern = line.Trim();
            }
            else if (pattern is not null && line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                rules.Add((pattern, line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return new HeadersFile(rules);
    }

    /// <summary>The headers for a request path; a pattern ending in '*' matches every path below it.</summary>
    public IEnumerable<(string Name, string Value)> For(string requestPath) =>
        Rules.Where(r => r.Pattern.EndsWith('*') ? requestPath.StartsWith(r.Pattern[..^1], StringComparison.Ordinal) : requestPath == r.Pattern)
            .Select(r => (r.Name, r.Value));
}
