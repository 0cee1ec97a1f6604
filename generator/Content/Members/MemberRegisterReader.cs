using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content.Members;

/// <summary>
/// Reads <c>content/members.yml</c>, the register of elected members, with the project's own YAML
/// reader; every problem is reported at its line and the register is used only when it has none.
/// A site without the file has no register (and no warnings about names).
/// </summary>
public static class MemberRegisterReader
{
    public const string FileName = "members.yml";

    private static readonly string[] TopFields = ["groups", "members"];
    private static readonly string[] MemberFields = ["name", "group", "roles"];
    private static readonly string[] RoleFields = ["body", "role", "from", "to"];

    public static MemberRegister Load(SiteConfig config, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(config.ContentDirectory, FileName);
        if (!File.Exists(path))
        {
            return MemberRegister.Empty;
        }

        var shown = PathDisplay.Relative(path);
        var text = ConfigFile.ReadText(path, shown, diagnostics);
        return text is null ? MemberRegister.Empty : Read(shown, text, config, diagnostics);
    }

    public static MemberRegister Read(string shown, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var source = new YamlSource(shown, text);
        var root = source.Parse(local, YamlCodes.Content);
        var register = root switch
        {
            null when !local.HasErrors => new MemberRegister(shown, text, [], []),
            MappingNode map => ReadRegister(new YamlMapping(map, source, local, DiagnosticCodes.MemberRegisterInvalid), shown, text, config, local),
            null => null,
            _ => Refuse(local, source.At(root), "the register must be 'groups:' and 'members:' lines"),
        };
        diagnostics.AddRange(local.ToSortedList());

        return local.HasErrors || register is null ? MemberRegister.Empty with { Path = shown, Text = text } : register;
    }

    private static MemberRegister? Refuse(DiagnosticBag diagnostics, SourceLocation at, string message)
    {
        diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, at, message);
        return null;
    }

    private static MemberRegister ReadRegister(YamlMapping yaml, string shown, string text, SiteConfig config, DiagnosticBag diagnostics)
    {
        UnknownFields(yaml, TopFields, diagnostics);
        var groups = ReadGroups(yaml, config, diagnostics);
        var members = new List<Member>();
        var node = yaml.Value("members");
        if (node is SequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is MappingNode map)
                {
                    members.AddRange(ReadMember(yaml.Wrap(map), groups, config, diagnostics) is { } m ? [m] : []);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(item), "each member must be '- name: …' with 'group:' and 'roles:' below it");
                }
            }
        }
        else if (node is not null)
        {
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(node), $"'members' must be a list ('- name: …'), not a {YamlMapping.Describe(node)}");
        }

        // One page per person: two entries that make the same address are one member written twice.
        foreach (var same in members.GroupBy(m => m.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = same.First();
            foreach (var again in same.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.MemberDuplicate, again.Location,
                    $"'{again.Name}' is already in the register (line {first.Location.Line}); write each member once, with all of their roles");
            }
        }

        return new MemberRegister(shown, text, groups, members.DistinctBy(m => m.Slug).ToList());
    }

    private static List<LabelledId> ReadGroups(YamlMapping yaml, SiteConfig config, DiagnosticBag diagnostics)
    {
        var groups = new List<LabelledId>();
        if (yaml.Mapping("groups") is not { } map)
        {
            return groups;
        }

        foreach (var (id, keyNode, value) in map.Entries)
        {
            if (!Slugs.IsSlug(id))
            {
                diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(keyNode), $"a group's id is used in addresses and data: lower-case letters, digits and hyphens, e.g. '{Slugs.From(id)}'");
                continue;
            }

            if (value is not MappingNode names)
            {
                diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(value), $"group '{id}' needs its name in each language, e.g. '{id}: {{ {string.Join(", ", config.Languages.Select(l => l + ": …"))} }}'");
                continue;
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var entry = yaml.Wrap(names);
            foreach (var language in config.Languages)
            {
                if (entry.String(language)?.Trim() is { Length: > 0 } label)
                {
                    labels[language] = label;
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, entry.Location, $"group '{id}' has no name in '{language}'");
                }
            }

            UnknownFields(entry, config.Languages.ToArray(), diagnostics);
            groups.Add(new LabelledId(id, labels));
        }

        return groups;
    }

    private static Member? ReadMember(YamlMapping yaml, List<LabelledId> groups, SiteConfig config, DiagnosticBag diagnostics)
    {
        UnknownFields(yaml, MemberFields, diagnostics);
        var name = yaml.String("name")?.Trim();
        if (string.IsNullOrEmpty(name) || Slugs.From(name).Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Location, "each member needs a 'name', as the minutes write it");
            return null;
        }

        if (PersonalDataMarks.MayHave(name) && (PersonalDataMarks.Has(name) || name.Contains("{.", StringComparison.Ordinal)))
        {
            // The register is published whole: a name that may not be published does not belong in it.
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.ValueLocation("name"),
                "the register of members is published as it is; a name marked as personal data does not belong in it (mark it where a decision names the person)");
            return null;
        }

        var group = yaml.String("group")?.Trim();
        if (group is not null && groups.All(g => g.Id != group))
        {
            diagnostics.Error(DiagnosticCodes.MemberUnknownGroup, yaml.ValueLocation("group"), $"unknown group '{group}'{Suggestions.DidYouMean(group, groups.Select(g => g.Id))}; groups are listed under 'groups:'");
            group = null;
        }

        var roles = new List<MemberRole>();
        var node = yaml.Value("roles");
        if (node is SequenceNode list)
        {
            foreach (var item in list.Children)
            {
                if (item is MappingNode map && ReadRole(yaml.Wrap(map), config, diagnostics) is { } role)
                {
                    roles.Add(role);
                }
                else if (item is not MappingNode)
                {
                    diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(item), "each role must be '{ body: …, role: member, from: YYYY-MM-DD, to: YYYY-MM-DD }'");
                }
            }
        }
        else if (node is not null)
        {
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Source.At(node), $"'roles' must be a list, not a {YamlMapping.Describe(node)}");
        }

        // One seat at a time in an organ: two terms that overlap are a typing mistake in a date.
        foreach (var body in roles.GroupBy(r => r.Body, StringComparer.Ordinal))
        {
            var ordered = body.OrderBy(r => r.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var before = ordered[i - 1];
                if (before.To is not { } end || end >= ordered[i].From)
                {
                    diagnostics.Error(DiagnosticCodes.MemberTermsOverlap, ordered[i].Location,
                        $"this term in '{body.Key}' overlaps the one on line {before.Location.Line} ({IsoDate.Format(before.From)}–{(before.To is { } to ? IsoDate.Format(to) : "")}); a member holds one role in an organ at a time");
                }
            }
        }

        return new Member(name, Slugs.From(name), group, roles.OrderBy(r => r.From).ThenBy(r => r.Body, StringComparer.Ordinal).ToList(), yaml.Location);
    }

    private static MemberRole? ReadRole(YamlMapping yaml, SiteConfig config, DiagnosticBag diagnostics)
    {
        UnknownFields(yaml, RoleFields, diagnostics);
        var ok = true;
        var body = yaml.String("body")?.Trim();
        if (body is null)
        {
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.Location, "a role needs the organ: 'body: …', an id from site.yml's bodies");
            ok = false;
        }
        else if (config.FindBody(body) is null)
        {
            diagnostics.Error(DiagnosticCodes.MemberUnknownOrgan, yaml.ValueLocation("body"), $"unknown organ '{body}'{Suggestions.DidYouMean(body, config.Bodies.Select(b => b.Id))}");
            ok = false;
        }

        var role = yaml.String("role")?.Trim() ?? "member";
        if (!MemberRole.Kinds.Contains(role))
        {
            diagnostics.Error(DiagnosticCodes.MemberRegisterInvalid, yaml.ValueLocation("role"), $"unknown role '{role}'{Suggestions.DidYouMeanField(role, MemberRole.Kinds, RoleWords(config))}");
            ok = false;
        }

        var from = Date(yaml, "from", diagnostics);
        var to = Date(yaml, "to", diagnostics);
        if (!yaml.Has("from"))
        {
            diagnostics.Error(DiagnosticCodes.MemberInvalidDate, yaml.Location, "a role needs the first day of its term: 'from: YYYY-MM-DD'");
        }

        if (from is { } start && to is { } end && end < start)
        {
            diagnostics.Error(DiagnosticCodes.MemberInvalidDate, yaml.ValueLocation("to"), $"the term ends ({IsoDate.Format(end)}) before it begins ({IsoDate.Format(start)})");
            ok = false;
        }

        return ok && from is { } first && (to is not null || yaml.Value("to") is null)
            ? new MemberRole(body!, role, first, to, yaml.Location)
            : null;
    }

    private static DateOnly? Date(YamlMapping yaml, string key, DiagnosticBag diagnostics)
    {
        var text = yaml.String(key)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date) && DateRange.Holds(date))
        {
            return date;
        }

        diagnostics.Error(DiagnosticCodes.MemberInvalidDate, yaml.ValueLocation(key), $"'{key}' must be a date YYYY-MM-DD, e.g. '{key}: {DateField.Example(text, "2025-06-01")}', not '{text}'");
        return null;
    }

    private static void UnknownFields(YamlMapping yaml, string[] known, DiagnosticBag diagnostics)
    {
        foreach (var (key, keyNode, _) in yaml.Entries.Where(e => !known.Contains(e.Key)))
        {
            diagnostics.Warning(DiagnosticCodes.MemberRegisterUnknownField, yaml.Source.At(keyNode), $"unknown field '{key}' is ignored{Suggestions.DidYouMean(key, known)}");
        }
    }

    // The minutes' words for the roles ('puheenjohtaja', 'vice ordförande'), from the sites' own
    // labels of them, so that a role written as the minutes write it is named with its id.
    private static Dictionary<string, string> RoleWords(SiteConfig config) =>
        config.Strings.Values
            .SelectMany(strings => MemberRole.Kinds.Select(kind => (Word: strings.Text.GetValueOrDefault("role_" + kind), Kind: kind)))
            .Where(w => !string.IsNullOrWhiteSpace(w.Word))
            .GroupBy(w => w.Word!.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
}
