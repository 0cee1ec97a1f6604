using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The law settings of site.yml: <c>bodies.&lt;id&gt;.appeal</c> (which appeal an organ's decisions are
/// open to, unless a decision says otherwise) and <c>removed:</c> (deleted decision files, with the
/// day they were removed, listed so that mirrors of the open data can delete them too).
/// </summary>
public static class LawConfigReader
{
    public static readonly string[] BodyKeys = ["appeal"];

    public static IReadOnlyDictionary<string, AppealKind> ReadAppeals(YamlMapping yaml, IReadOnlyList<LabelledId> bodies, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, AppealKind>(StringComparer.Ordinal);
        var map = yaml.Mapping("bodies");
        if (map is null)
        {
            return result;
        }

        foreach (var (id, _, value) in map.Entries)
        {
            if (value is not MappingNode node || bodies.All(b => b.Id != id))
            {
                continue;
            }

            var body = map.Wrap(node);
            var text = body.String("appeal")?.Trim();
            if (text is null)
            {
                continue;
            }

            if (AppealKinds.Parse(text) is { } kind)
            {
                result[id] = kind;
            }
            else
            {
                diagnostics.WithdrawQuoteWarning(text, DiagnosticCodes.ConfigYamlQuoteTheValue, body.ValueLocation("appeal"));
                diagnostics.Error(DiagnosticCodes.ConfigInvalidAppeal, body.ValueLocation("appeal"), $"unknown appeal '{text}' for organ '{id}'{Suggestions.DidYouMeanField(text, AppealKinds.Ids, AppealKinds.LocalNames)}");
            }
        }

        return result;
    }

    /// <param name="languages">The site's languages: a path's first part names the open data it is listed in.</param>
    /// <param name="contentDirectory">Where a file listed as removed must no longer be.</param>
    public static IReadOnlyList<RemovedFile> ReadRemoved(YamlMapping yaml, IReadOnlyList<string> languages, string contentDirectory, DiagnosticBag diagnostics)
    {
        const string Example = "'removed: [{ path: fi/2024/old-decision.md, date: 2025-02-01 }]'";
        if (yaml.Items("removed") is not { } items)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, yaml.ValueLocation("removed"), $"'removed' must be a list, e.g. {Example}");
            return [];
        }

        var result = new List<RemovedFile>();
        foreach (var item in items)
        {
            if (item is not MappingNode entryNode)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, yaml.Source.At(item), $"each removed file needs a path and a date, e.g. {Example}");
                continue;
            }

            var entry = yaml.Wrap(entryNode);
            foreach (var (key, keyNode, _) in entry.Entries.Where(e => e.Key is not ("path" or "date")))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, yaml.Source.At(keyNode), $"unknown key '{key}' in 'removed'{Suggestions.DidYouMean(key, ["path", "date"])}");
            }

            var path = entry.String("path")?.Trim();
            var dateText = entry.String("date")?.Trim();
            if (string.IsNullOrEmpty(path) || dateText is null)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, entry.Location, $"each removed file needs a path and a date, e.g. {Example}");
                continue;
            }

            if (!IsoDate.TryParse(dateText, out var date))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, entry.ValueLocation("date"), $"'date' must be the day the file was removed, YYYY-MM-DD, not '{dateText}'");
                continue;
            }

            var written = path.Replace('\\', '/');
            if (PathProblem(written, languages, contentDirectory) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidRemoved, entry.ValueLocation("path"), problem);
                continue;
            }

            result.Add(new RemovedFile(written, date));
        }

        return result;
    }

    // The path is the tombstone's language and key, by which mirrors find the copy to delete: one
    // that names no language of the site would be in no language's open data, and a "." or ".."
    // part would give them a key that leads out of their folder, and a file still there would take
    // a decision the site publishes off them.
    private static MessageText? PathProblem(string path, IReadOnlyList<string> languages, string contentDirectory)
    {
        var parts = path.TrimStart('/').Split('/');
        if (parts.Contains(""))
        {
            return MessageText.Of($"'{path}' in 'removed' has an empty part (two slashes together, or a '/' at the end); write the deleted file's path under the content folder, e.g. 'fi/2024/old-decision.md'");
        }

        if (parts.FirstOrDefault(p => p is "." or "..") is { } part)
        {
            return MessageText.Of($"'{path}' in 'removed' has a '{part}' part; write the deleted file's path under the content folder, e.g. 'fi/2024/old-decision.md'");
        }

        if (languages.Contains(parts[0], StringComparer.Ordinal))
        {
            return File.Exists(Path.Combine([contentDirectory, .. parts]))
                ? MessageText.Of($"'{path}' in 'removed' is still in the content folder, and mirrors of the open data would delete the decision the site publishes from it; delete the file, or this entry")
                : null;
        }

        // The folder's name is the language's, as site.yml writes it ('FI/…' is 'fi/…').
        var from = Array.FindIndex(parts, p => languages.Contains(p, StringComparer.OrdinalIgnoreCase));
        if (from < 0 || from == parts.Length - 1)
        {
            return MessageText.Of($"'{path}' in 'removed' must begin with the language folder the file was in, one of {string.Join(", ", languages)}, e.g. 'fi/2024/old-decision.md'");
        }

        var meant = string.Join('/', [languages.First(l => l.Equals(parts[from], StringComparison.OrdinalIgnoreCase)), .. parts[(from + 1)..]]);
        return from > 0
            ? MessageText.Of($"'{path}' in 'removed' is written from another folder than the content folder; write '{meant}'")
            : MessageText.Of($"'{path}' in 'removed' names its language folder with other capitals than site.yml's languages; write '{meant}'");
    }

    /// <summary>Every templates/appeal/&lt;kind&gt;.&lt;lang&gt;.md there is; the Model stage reports one a decision needs but lacks.</summary>
    /// <param name="listed">The templates folder's files (<see cref="ThemeFiles"/>): one not among them is not read.</param>
    /// <remarks>Read as site.yml is (<see cref="ConfigFile"/>): a pipe or a device is refused, not waited on.</remarks>
    public static IReadOnlyDictionary<string, string> ReadAppealTexts(string templatesDirectory, IReadOnlySet<string> listed, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in AppealKinds.Ids)
        {
            foreach (var language in languages)
            {
                var path = Path.Combine(templatesDirectory, "appeal", $"{kind}.{language}.md");
                if (listed.Contains(path) && ConfigFile.ReadText(path, PathDisplay.Relative(path), diagnostics) is { } text)
                {
                    result[$"{kind}.{language}"] = text;
                }
            }
        }

        return result;
    }
}
