using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>Turns one file's front matter into a <see cref="Decision"/>, reporting every problem it finds.</summary>
public static class DecisionReader
{
    public static Decision? Read(
        string language,
        string relativeKey,
        string shownPath,
        FrontMatter frontMatter,
        SiteConfig config,
        DiagnosticBag diagnostics)
    {
        var file = new SourceLocation(shownPath, 1, 1);
        var source = new YamlSource(shownPath, frontMatter.Yaml, frontMatter.YamlFirstLine - 1);
        var local = new DiagnosticBag();
        var root = source.Parse(local, YamlCodes.Content);
        if (root is not MappingNode mapping)
        {
            if (!local.HasErrors && !(root is null && FieldsBelowFrontMatter.Check(frontMatter, shownPath, DecisionFields.All, local)))
            {
                local.Error(DiagnosticCodes.FrontMatterNotMapping, root is null ? file : source.At(root), "front matter must be 'field: value' lines, e.g. 'title: …'");
            }

            diagnostics.AddRange(local.ToSortedList());
            return null;
        }

        var yaml = new YamlMapping(mapping, source, local, DiagnosticCodes.WrongType);
        if (MisplacedMeeting.Check(yaml, language, relativeKey, shownPath, config, local))
        {
            diagnostics.AddRange(local.ToSortedList());
            return null;
        }

        CheckFieldNames(yaml, local);
        // A required field written under another name ('Title:', 'päivämäärä:') is named there, once, by CheckFieldNames.
        foreach (var missing in DecisionFields.Required.Where(f => !yaml.Has(f) && !WrittenAs(yaml, f)))
        {
            local.Error(DiagnosticCodes.MissingField, file, $"missing required field '{missing}'{Hint(missing)}");
        }

        foreach (var empty in DecisionFields.Required.Where(f => yaml.Find(f) is { } value && YamlMapping.IsNull(value)))
        {
            local.Error(DiagnosticCodes.MissingField, yaml.LocationOf(empty), $"required field '{empty}' is empty{Hint(empty)}");
        }

        var title = NonEmpty(yaml, "title", local);
        SectionInTitle.Check(yaml, title, local);
        var date = DateField.Read(yaml, "date", local, DateField.FolderYear(relativeKey));
        var body = ReadBody(yaml, config, local);
        var preparer = ReadPerson(yaml, "preparer", local);
        var presenter = ReadPerson(yaml, "presenter", local);
        var proposal = NonEmpty(yaml, "proposal", local);
        var topics = ReadTopics(yaml, config, local);
        var section = yaml.Integer("section");
        var attachments = ReadAttachments(yaml, local);
        var draft = yaml.Boolean("draft") ?? false;
        var key = yaml.String("key") is { } written && TranslationKey.AsRead(written) is var read && TranslationKey.Check(read, relativeKey, yaml.ValueLocation("key"), local) ? read : relativeKey;
        var decisionText = yaml.String("decision");
        var dnro = yaml.String("dnro");
        var aliases = (yaml.StringList("aliases") ?? []).Select(a => new Alias(a.Value.Trim(), a.Location)).ToList();
        var legal = LegalFieldsReader.Read(yaml, local) with { MarkdownFirstLine = frontMatter.MarkdownFirstLine };
        CorrectionDate.Check(yaml, legal.Updated, config.BuildDate, local);
        MarkdownLimits.Check(proposal, yaml.ValueLocation("proposal"), local);
        MarkdownLimits.Check(decisionText, yaml.ValueLocation("decision"), local);
        MarkdownLimits.Check(legal.Previous, yaml.ValueLocation("previous"), local);
        AgendaCheck.Check(yaml, legal, decisionText, local);
        MarkdownLimits.Check(frontMatter.Markdown, new SourceLocation(shownPath, frontMatter.MarkdownFirstLine, 1), local);
        FieldsBelowFrontMatter.Check(frontMatter, shownPath, DecisionFields.All, local);
        foreach (var (text, place, field) in MarkdownField.Texts(frontMatter, shownPath, yaml))
        {
            LinkWithSpaces.Check(text, place, local);
            TypedListBullets.Check(text, place, local);
            MinutesHeadings.Check(text, place, field, local);
        }
        var slug = Slugs.From(Path.GetFileNameWithoutExtension(shownPath));
        if (slug.Length == 0)
        {
            // '-.md' or '#.md' would be published at the year's folder itself, with a link ending in '//'.
            var example = Slugs.From(title ?? "") is { Length: > 0 } named ? named : language == "sv" ? "beslut" : "paatos";
            local.Error(DiagnosticCodes.FileNameWithoutAddress, file,
                $"the file name '{Path.GetFileName(shownPath)}' has no letter or digit to make the decision's address of; rename the file, e.g. '{example}.md'");
        }

        diagnostics.AddRange(local.ToSortedList());
        if (local.HasErrors || title is null || date is null || body is null || preparer is null || presenter is null || proposal is null)
        {
            return null;
        }

        var locations = yaml.Entries.ToDictionary(e => e.Key, e => source.At(e.KeyNode), StringComparer.Ordinal);

        return new Decision(language, key, slug, file, title, date.Value, body, section, dnro, preparer, presenter,
            proposal, decisionText, topics, attachments, draft, frontMatter.Markdown, locations, legal)
        {
            Aliases = aliases,
            MarkdownFirstLine = frontMatter.MarkdownFirstLine,
        };
    }

    private static void CheckFieldNames(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        // A field given twice is reported while the YAML is read (Yaml/EventTree).
        var before = new List<KeyValuePair<Node, Node>>();
        foreach (var (key, keyNode, value) in yaml.Entries)
        {
            var unindented = UnindentedField.Of(before, keyNode, value);
            before.Add(new(keyNode, value));
            if (keyNode is not ScalarNode)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, yaml.Source.At(keyNode), $"a field name must be text, not a {YamlMapping.Describe(keyNode)}");
                continue;
            }

            if (DecisionFields.All.Contains(key))
            {
                continue;
            }

            // 'name:' under an empty 'preparer:', not indented: its fix is the indentation.
            if (unindented is var (owner, indent) && DecisionFields.Nested.TryGetValue(owner.Value!, out var fields) && fields.Contains(key))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownField, yaml.Source.At(keyNode), MessageText.Format(
                    UnindentedFieldOf, key, owner.Value, yaml.Source.At(owner).Line, UnindentedField.Indented(yaml.Source.Text, keyNode, indent)));
            }
            else
            {
                var weighs = DecisionFields.Meant(key) is { } meant && (DecisionFields.Withholding.Contains(meant) || (DecisionFields.Required.Contains(meant) && !yaml.Has(meant)));
                diagnostics.Add(new(weighs ? Severity.Error : Severity.Warning, DiagnosticCodes.UnknownField, MessageText.Of($"unknown field '{key}' is ignored{DecisionFields.DidYouMean(key)}"), yaml.Source.At(keyNode)));
            }
        }
    }

    private const string UnindentedFieldOf = "unknown field '{0}' is ignored; if it is a field of '{1}' on line {2}, indent it under '{1}': `{3}`";

    private static bool WrittenAs(YamlMapping yaml, string field) =>
        yaml.Entries.Any(e => e.KeyNode is ScalarNode && !DecisionFields.All.Contains(e.Key) && DecisionFields.Meant(e.Key) == field);

    private static MessageText Hint(string field) => field switch
    {
        "date" => " (the date of the decision, e.g. 'date: 2025-01-29')",
        "body" => " (the organ that decided, an id from site.yml 'bodies')",
        "preparer" or "presenter" => MessageText.Of($" (e.g. '{field}: {{ name: Matti Meikäläinen, title: Kaupunginjohtaja }}')"),
        _ => MessageText.Empty,
    };

    private static string? NonEmpty(YamlMapping yaml, string key, DiagnosticBag diagnostics)
    {
        var value = yaml.String(key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, yaml.ValueLocation(key), $"'{key}' is empty");
            return null;
        }

        return value?.Trim();
    }

    internal static string? ReadBody(YamlMapping yaml, SiteConfig config, DiagnosticBag diagnostics)
    {
        var id = yaml.String("body")?.Trim();
        if (id is null || id.Length == 0)
        {
            return null;
        }

        if (config.FindBody(id) is { } known)
        {
            return known.Id;
        }

        diagnostics.WithdrawQuoteWarning(id, DiagnosticCodes.YamlQuoteTheValue, yaml.ValueLocation("body"));
        diagnostics.Error(DiagnosticCodes.UnknownBody, yaml.ValueLocation("body"), $"unknown organ '{id}' in 'body'{IdHint(id, config.Bodies)}");
        return null;
    }

    // Editors write an organ or topic by the name the site shows ('Stadsstyrelsen', 'Matkailu'), not by its id.
    // Between Word's quotes ('”Stadsstyrelsen”') the quotes are named with the id.
    internal static MessageText IdHint(string value, IReadOnlyList<LabelledId> terms) =>
        Suggestions.Quoted(value, terms.Select(t => t.Id), inside => Shown(inside, terms)?.Id)
            ?? (Shown(value, terms) is { } named
                ? MessageText.Of($"; '{value}' is the name the site shows for '{named.Id}': write its id, '{named.Id}'")
                : Suggestions.DidYouMean(value, terms.Select(t => t.Id)));

    private static LabelledId? Shown(string value, IReadOnlyList<LabelledId> terms) =>
        terms.FirstOrDefault(t => t.Labels.Values.Any(label => string.Equals(label.Trim(), value, StringComparison.OrdinalIgnoreCase)));

    // Topics run together in one text: split at commas, or at spaces when each word is a topic's id.
    private static string[]? SeveralInOne(string text, SiteConfig config)
    {
        if (text.Contains(','))
        {
            return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && config.FindTopic(text.Trim()) is null && words.All(w => config.FindTopic(w) is not null) ? words : null;
    }

    internal static IReadOnlyList<string> ReadTopics(YamlMapping yaml, SiteConfig config, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        if (yaml.Find("topics") is ScalarNode { Value: { } text } written && SeveralInOne(text, config) is { } parts)
        {
            // YAML reads 'topics: a, b' (or 'a b') as the one topic "a, b"; a list needs its brackets.
            var list = string.Join(", ", parts);
            diagnostics.Error(DiagnosticCodes.CommaSeparatedList, yaml.Source.At(written), $"several topics are written as a list in brackets: `topics: [{list}]`");
            return result;
        }

        foreach (var (id, location) in yaml.StringList("topics") ?? [])
        {
            if (config.FindTopic(id) is not { } known)
            {
                diagnostics.Error(DiagnosticCodes.UnknownTopic, location, $"unknown topic '{id}'{IdHint(id, config.Topics)}");
            }
            else if (!result.Contains(known.Id))
            {
                result.Add(known.Id);
            }
        }

        return result;
    }

    internal static Person? ReadPerson(YamlMapping yaml, string key, DiagnosticBag diagnostics)
    {
        if (yaml.Value(key) is not { } node)
        {
            return null;
        }

        if (node is MappingNode map)
        {
            var person = yaml.Wrap(map);
            foreach (var (field, keyNode, _) in person.Entries.Where(e => e.Key is not ("name" or "title")))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownField, yaml.Source.At(keyNode), $"unknown field '{key}.{field}' is ignored{Suggestions.DidYouMean(field, ["name", "title"])}");
            }

            var name = SpacesAsSeen(person.String("name"))?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Error(DiagnosticCodes.MissingField, person.Location, $"'{key}' needs a 'name'");
                return null;
            }

            var title = SpacesAsSeen(person.String("title"))?.Trim();
            var named = new Person(name, string.IsNullOrEmpty(title) ? null : title);
            DegreeInName.Check(named, null, key, person.ValueLocation("name"), diagnostics);
            return named;
        }

        if (node is not ScalarNode)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, yaml.Source.At(node), $"'{key}' must be a name, or a name and a title, not a {YamlMapping.Describe(node)}{Hint(key)}");
            return null;
        }

        var text = SpacesAsSeen(yaml.String(key))?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (SignatureLine.Braced(text) is { } braced)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, yaml.ValueLocation(key),
                $"'{key}' on one line is the title, then a two-word name ('Kaupunginjohtaja Matti Ruotsalainen'); if the line has a comma, write the name and the title each in its place: `{key}: {braced}`");
            return null;
        }

        var read = DegreeInName.FromLine(text);
        DegreeInName.Check(read, text, key, yaml.ValueLocation(key), diagnostics);
        return read;
    }

    // A name is one person however its spaces were typed: the no-break ones Word puts between a
    // first name and a surname would otherwise make a second person of the same name.
    private static string? SpacesAsSeen(string? text) =>
        text is null || text.AsSpan().IndexOfAny('\u00a0', '\u202f', '\u2007') < 0 ? text : string.Concat(text.Select(c => c is '\u00a0' or '\u202f' or '\u2007' ? ' ' : c));

    private static IReadOnlyList<Attachment> ReadAttachments(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (yaml.Items("attachments") is not { } items)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, yaml.ValueLocation("attachments"), "'attachments' must be a list of '{ title: …, file: … }'");
            return [];
        }

        var result = new List<Attachment>();
        foreach (var item in items)
        {
            if (item is not MappingNode map)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, yaml.Source.At(item), "each attachment must be '{ title: …, file: … }'");
                continue;
            }

            var attachment = yaml.Wrap(map);
            var title = attachment.String("title");
            var file = attachment.String("file");
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(file))
            {
                diagnostics.Error(DiagnosticCodes.MissingField, attachment.Location, "an attachment needs both 'title' and 'file'");
                continue;
            }

            result.Add(new Attachment(title.Trim(), file.Trim(), attachment.ValueLocation("file")));
        }

        return result;
    }
}
