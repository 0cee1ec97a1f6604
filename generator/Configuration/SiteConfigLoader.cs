using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>The Configure stage: site.yml plus command-line overrides plus i18n files, validated.</summary>
public static partial class SiteConfigLoader
{
    private static readonly string[] KnownKeys =
        ["title", "base_url", "languages", "content", "templates", "output", "bodies", "topics", "page_size", "removed", DataLicenceReader.Key, EditorLanguage.Key, MunicipalityReader.Key];

    /// <param name="kept">The i18n files kept from serve's last build; a one-off build starts with an empty cache.</param>
    public static SiteConfig? Load(BuildOptions options, DiagnosticBag diagnostics, LanguageStringsCache? kept = null)
    {
        if (!IsFolderName(options.ConfigPath))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation("--config"), "--config needs the name of a file, e.g. --config site.yml");
            return null;
        }

        var configPath = Path.GetFullPath(options.ConfigPath);
        var shownPath = PathDisplay.Relative(configPath);
        if (!File.Exists(configPath))
        {
            diagnostics.Error(DiagnosticCodes.ConfigNotFound, new SourceLocation(shownPath), "configuration file not found (use --config FILE, or run in the folder that has site.yml)");
            return null;
        }

        var yaml = ConfigFile.ReadMapping(configPath, shownPath, diagnostics,
            (MessageText)"site.yml must be a mapping of keys such as title, base_url and languages",
            (MessageText)"site.yml is empty; it needs keys such as title, base_url and languages");
        if (yaml is null)
        {
            return null;
        }

        foreach (var (key, keyNode, _) in yaml.Entries.Where(e => !KnownKeys.Contains(e.Key)))
        {
            diagnostics.Error(DiagnosticCodes.ConfigUnknownKey, yaml.Source.At(keyNode), $"unknown key '{key}'{Suggestions.DidYouMean(key, KnownKeys)}");
        }

        EditorLanguage.Validate(yaml, diagnostics);
        var directory = Path.GetDirectoryName(configPath)!;
        var languages = ReadLanguages(yaml, diagnostics);
        var baseUrl = ReadBaseUrl(options.BaseUrl, yaml, diagnostics);
        var buildDate = BuildDate.For(options, diagnostics);
        var pageSize = yaml.Integer("page_size") ?? 20;
        if (pageSize < 1)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocation("page_size"), "'page_size' must be at least 1");
        }

        var contentDirectory = ResolvePath(directory, FolderName(yaml, "content", diagnostics) ?? "content");
        var templatesDirectory = ResolvePath(directory, FolderName(yaml, "templates", diagnostics) ?? "templates");
        if (!yaml.Has("templates") && !Directory.Exists(templatesDirectory) && BuiltInTemplates.Directory is { } builtIn)
        {
            templatesDirectory = builtIn;
        }
        if (options.OutputDirectory is { } given && !IsFolderName(given))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation("--output"), "--output needs the name of a folder, e.g. --output public");
            return null;
        }

        // --output is relative to the current folder, as any path typed on a command line.
        var outputLocation = options.OutputDirectory is null ? yaml.ValueLocation("output") : new SourceLocation("--output");
        var outputDirectory = options.OutputDirectory is { } output
            ? Path.GetFullPath(output)
            : ResolvePath(directory, FolderName(yaml, "output", diagnostics) ?? "public");
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocation("content"), $"content folder not found: {PathDisplay.Relative(contentDirectory)}");
        }

        if (!Directory.Exists(templatesDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocation("templates"),
                $"templates folder not found: {PathDisplay.Relative(templatesDirectory)}; delete the line 'templates:' from site.yml to use the built-in look, or create the folder");
        }

        // A folder refused here ('templates: /') is not read: listing it would walk the whole file system.
        var separate = CheckOutputIsSeparate(outputDirectory, [directory, contentDirectory, templatesDirectory], [contentDirectory, templatesDirectory], outputLocation, diagnostics);
        if (languages is null || !separate)
        {
            return null;
        }

        var title = ReadLabels(yaml, "title", languages, diagnostics);
        var bodies = ReadVocabulary(yaml, "bodies", languages, diagnostics);
        var topics = ReadVocabulary(yaml, "topics", languages, diagnostics);
        var licence = DataLicenceReader.Read(yaml, diagnostics);
        var municipality = MunicipalityReader.Read(yaml, languages, diagnostics);
        var strings = new Dictionary<string, LanguageStrings>(StringComparer.Ordinal);

        // The theme's folder is listed, and its links judged, before a file of it is read.
        var listing = new DiagnosticBag();
        var templateFiles = Directory.Exists(templatesDirectory) ? ThemeFiles.List(templatesDirectory, listing) : [];
        diagnostics.AddRange(listing.ToSortedList());
        var listed = templateFiles.ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(templatesDirectory) && !listing.HasErrors)
        {
            kept ??= new LanguageStringsCache();
            foreach (var language in languages)
            {
                if (kept.Load(templatesDirectory, listed, language, yaml.ValueLocation("languages"), diagnostics) is { } loaded)
                {
                    strings[language] = loaded;
                }
            }

            CheckSameStrings(strings, languages, templatesDirectory, diagnostics);
        }

        // Read with the rest, so that an organ's unknown appeal is named with its other mistakes, not after they are mended.
        var appeals = LawConfigReader.ReadAppeals(yaml, bodies, diagnostics);
        var removed = LawConfigReader.ReadRemoved(yaml, languages, contentDirectory, diagnostics);
        return diagnostics.HasErrors || title is null || baseUrl is null
            ? null
            : new SiteConfig(configPath, title, baseUrl, languages, contentDirectory, templatesDirectory, templateFiles, outputDirectory,
                bodies, topics, pageSize, options.IncludeDrafts, strings,
                buildDate, appeals, removed, LawConfigReader.ReadAppealTexts(templatesDirectory, listed, languages, diagnostics), licence, municipality);
    }

    private static List<string>? ReadLanguages(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var list = yaml.StringList("languages");
        if (list is null || list.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissingKey, yaml.LocationOf("languages"), "'languages' must list at least one language code, e.g. [fi, sv]; the first is the default");
            return null;
        }

        var result = new List<string>();
        foreach (var (code, location) in list)
        {
            if (!LanguageCode().IsMatch(code))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location, $"'{code}' is not a language code such as fi or sv");
            }
            else if (result.Contains(code))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location, $"language '{code}' is listed twice");
            }
            else
            {
                result.Add(code);
            }
        }

        return result.Count == list.Count && !Misspelt(yaml, list, diagnostics) ? result : null;
    }

    // 'languages: [fi, se]' under labels written for 'sv' would be an error at every label of
    // title, bodies and topics, each suggesting 'se' for their 'sv': one error at the code instead.
    private static bool Misspelt(YamlMapping yaml, IReadOnlyList<(string Value, SourceLocation Location)> list, DiagnosticBag diagnostics)
    {
        if (yaml.Find("title") is not MappingNode title)
        {
            return false;
        }

        var labelled = title.Children.Select(e => (e.Key as ScalarNode)?.Value).OfType<string>().ToList();
        var unlisted = labelled.Where(l => !list.Any(c => c.Value == l)).ToList();
        var misspelt = false;
        foreach (var (code, location) in list.Where(c => !labelled.Contains(c.Value)))
        {
            if (Suggestions.Closest(code, unlisted) is { } meant)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location, $"'title' and the other labels are written for '{meant}', not '{code}': did you mean '{meant}'?");
                misspelt = true;
            }
        }

        return misspelt;
    }

    private static Uri? ReadBaseUrl(string? overrideUrl, YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var text = overrideUrl ?? yaml.String("base_url");
        var location = overrideUrl is null ? yaml.ValueLocation("base_url") : new SourceLocation("--base-url");
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissingKey, yaml.Location, "missing 'base_url', the address the site is published at, e.g. https://paatokset.example.fi/");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            var meant = BaseUrlAddress.Meant(text) is { } folder ? Suggestions.MeantThis(folder) : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location, $"'base_url' must be an absolute http(s) address without query or fragment, e.g. https://paatokset.example.fi/portal/, not '{text}'{meant}");
            return null;
        }

        if (BaseUrlAddress.EndsInPage(uri))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location,
                $"'base_url' ends in a page, not in the folder the site is published in, and every address of the site would be made under it; did you mean '{BaseUrlAddress.Meant(text)}'?");
            return null;
        }

        // A base without a trailing slash would make relative resolution drop its last segment.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    private static Dictionary<string, string>? ReadLabels(YamlMapping yaml, string key, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var map = yaml.Mapping(key);
        if (map is null)
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissingKey, yaml.LocationOf(key), $"'{key}' needs a text per language, e.g. {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}");
            return null;
        }

        return LanguageTexts.Read(map, key, languages, diagnostics, DiagnosticCodes.ConfigUnknownKey, DiagnosticCodes.ConfigMissingLabel);
    }

    private const string WriteId = ": write '{0}'";

    private static List<LabelledId> ReadVocabulary(YamlMapping yaml, string key, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var terms = new List<LabelledId>();
        var map = yaml.Mapping(key);
        if (map is null)
        {
            return terms;
        }

        foreach (var (id, keyNode, value) in map.Entries)
        {
            if (!Slugs.IsSlug(id))
            {
                // 'ympäristö', 'Tekninen lautakunta', 'tekninen_lautakunta': the id to write is their address's.
                var written = id.Any(char.IsAsciiLetterOrDigit) && Slugs.From(id) is var slug && Slugs.IsSlug(slug)
                    ? MessageText.Format(WriteId, slug)
                    : MessageText.Empty;
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, map.Source.At(keyNode), $"id '{id}' in '{key}' may use only a-z, 0-9 and '-' (it becomes part of URLs){written}");
                continue;
            }

            if (value is not MappingNode labelsNode)
            {
                diagnostics.Error(DiagnosticCodes.ConfigMissingLabel, map.Source.At(value), $"'{key}.{id}' needs a label per language, e.g. {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}");
                continue;
            }

            var labels = LanguageTexts.Read(map.Wrap(labelsNode), $"{key}.{id}", languages, diagnostics, DiagnosticCodes.ConfigUnknownKey, DiagnosticCodes.ConfigMissingLabel);
            if (labels is not null)
            {
                terms.Add(new LabelledId(id, labels));
            }
        }

        return terms;
    }

    private static void CheckSameStrings(Dictionary<string, LanguageStrings> strings, IReadOnlyList<string> languages, string templatesDirectory, DiagnosticBag diagnostics)
    {
        if (!strings.TryGetValue(languages[0], out var reference))
        {
            return;
        }

        foreach (var other in strings.Values.Where(s => s.Code != reference.Code))
        {
            foreach (var key in reference.Text.Keys.Where(k => !other.Text.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                var path = PathDisplay.Relative(Path.Combine(templatesDirectory, "i18n", other.Code + ".yml"));
                diagnostics.Error(DiagnosticCodes.I18nMissingString, new SourceLocation(path), $"missing string '{key}' (present in {reference.Code}.yml)");
            }
        }
    }

    // Every build removes from the output folder what the site does not have, so it must never be, or contain, the
    // folder of site.yml, the content or the templates; and it must not lie inside the content or
    // the templates, which would publish the previous output again (as assets, attachments) on
    // every build. Compared by real paths, since any of them may be a symbolic link.
    private static bool CheckOutputIsSeparate(string output, string[] sources, string[] inputs, SourceLocation location, DiagnosticBag diagnostics)
    {
        var real = RealPath.Of(Path.TrimEndingDirectorySeparator(output));
        if (sources.FirstOrDefault(s => IsWithin(RealPath.Of(Path.TrimEndingDirectorySeparator(s)), real)) is { } source)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location,
                $"the output folder {PathDisplay.Relative(output)} would contain {PathDisplay.Relative(source)}, and every build removes from the output folder the files that are not part of the site; choose a folder of its own, such as 'public'");
            return false;
        }

        if (inputs.FirstOrDefault(i => IsWithin(real, RealPath.Of(Path.TrimEndingDirectorySeparator(i)))) is { } input)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, location,
                $"the output folder {PathDisplay.Relative(output)} is inside {PathDisplay.Relative(input)}, so every build would read the previous output as its input; choose a folder of its own, such as 'public'");
            return false;
        }

        return true;
    }

    // The root ('/') is a folder that ends in its separator already.
    private static bool IsWithin(string path, string folder) =>
        (path + Path.DirectorySeparatorChar).StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // An empty name would mean site.yml's own folder (or, from the command line, no folder at
    // all), and a NUL character no name a file system takes.
    private static bool IsFolderName(string name) => name.Trim().Length > 0 && !name.Contains('\0');

    private static string? FolderName(YamlMapping yaml, string key, DiagnosticBag diagnostics)
    {
        var name = yaml.String(key);
        if (name is null || IsFolderName(name))
        {
            return name;
        }

        diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, yaml.ValueLocation(key), $"'{key}' needs the name of a folder, e.g. '{key}: {(key == "output" ? "public" : key)}'");
        return null;
    }

    private static string ResolvePath(string directory, string path) => Path.GetFullPath(Path.Combine(directory, path));

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
