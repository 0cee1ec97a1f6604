using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Authoring;

/// <summary>
/// What a translation can carry over from the file it translates, read leniently: a file fresh
/// from <c>new</c> has its required fields still empty, and each field that can be read is carried
/// over all the same. <see cref="NotCarried"/> names the fields the translator must wait for.
/// <see cref="Withheld"/> is what the source withholds (<see cref="DecisionFields.Withholding"/>),
/// as the translation must write it: a translation that published what its original keeps off
/// the site would leak it (a confidential one stops the build, DP0100; the others would not).
/// </summary>
public sealed partial record TranslationSource(
    string? Title,
    DateOnly? Date,
    string? Body,
    int? Section,
    string? Dnro,
    Person? Preparer,
    Person? Presenter,
    IReadOnlyList<string> Topics,
    string? Key,
    IReadOnlyDictionary<string, string> Withheld,
    IReadOnlyList<string> NotCarried)
{
    private static readonly string[] Carried = ["date", "body", "section", "dnro", "preparer", "presenter", "topics"];

    private static readonly string[] Needed = ["date", "body", "preparer", "presenter"];

    public static TranslationSource Read(SiteConfig config, string path)
    {
        // The source's own mistakes are check's to report: here they only mean a field is not carried.
        var scratch = new DiagnosticBag();
        var (shown, frontMatter) = ContentFileReader.ReadFrontMatter(path, scratch);
        var source = frontMatter is null ? null : new YamlSource(shown, frontMatter.Yaml, frontMatter.YamlFirstLine - 1);
        if (source?.Parse(scratch, YamlCodes.Content) is not MappingNode mapping)
        {
            // Nothing is carried; a withholding field written on a line of its own is named with the rest, not left 'false' unsaid.
            var lines = frontMatter?.Yaml.Split('\n').Select(line => KeyOfLine().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value) ?? [];
            return new TranslationSource(null, null, null, null, null, null, null, [], null, new Dictionary<string, string>(), Needed.Concat(MeantWithholding(lines)).Distinct().ToList());
        }

        var yaml = new YamlMapping(mapping, source, scratch, DiagnosticCodes.WrongType);
        var title = yaml.String("title")?.Trim();
        var topics = DecisionReader.ReadTopics(yaml, config, scratch);
        var read = new TranslationSource(
            string.IsNullOrEmpty(title) ? null : title,
            DateField.Read(yaml, "date", scratch),
            DecisionReader.ReadBody(yaml, config, scratch),
            yaml.Integer("section"),
            string.IsNullOrWhiteSpace(yaml.String("dnro")) ? null : yaml.String("dnro")!.Trim(),
            DecisionReader.ReadPerson(yaml, "preparer", scratch),
            DecisionReader.ReadPerson(yaml, "presenter", scratch),
            topics,
            string.IsNullOrWhiteSpace(yaml.String("key")) ? null : yaml.String("key")!.Trim(),
            ReadWithheld(yaml, scratch),
            []);
        var written = Carried.Where(f => yaml.Find(f) is { } value && !YamlMapping.IsNull(value)).ToHashSet(StringComparer.Ordinal);
        var missing = Carried.Where(f => f switch
        {
            "date" => read.Date is null,
            "body" => read.Body is null,
            "section" => written.Contains(f) && read.Section is null,
            "dnro" => written.Contains(f) && read.Dnro is null,
            "preparer" => read.Preparer is null,
            "presenter" => read.Presenter is null,
            _ => written.Contains(f) && topics.Count < (yaml.StringList("topics")?.Count ?? 0),
        });
        // A withholding field written in the source but not read as withholding anything (empty, or
        // 'confidential: kyllä') may still be meant to: named, not silently left 'false'.
        // So may one whose name is misspelt or in Finnish or Swedish ('salainen: true'), which check stops at (DP0014).
        var unread = DecisionFields.Withholding.Where(f => yaml.Has(f) && !read.Withheld.ContainsKey(f) && !WithholdsNothing(yaml, f))
            .Concat(MeantWithholding(yaml.Entries.Select(e => e.Key).Where(k => !DecisionFields.All.Contains(k))).Where(f => !read.Withheld.ContainsKey(f)))
            .Distinct();
        return read with { NotCarried = missing.Concat(unread).ToList() };
    }

    private static Dictionary<string, string> ReadWithheld(YamlMapping yaml, DiagnosticBag scratch)
    {
        var withheld = new[] { "confidential", "draft" }.Where(flag => yaml.Boolean(flag) == true).ToDictionary(flag => flag, _ => "true", StringComparer.Ordinal);

        if (LegalFieldsReader.ReadWithdrawn(yaml, scratch) is (true, var on))
        {
            withheld["withdrawn"] = on is { } date ? IsoDate.Format(date) : "true";
        }

        var personal = LegalFieldsReader.ReadPersonal(yaml, scratch);
        if (personal.Count > 0 && personal.Count == yaml.StringList("personal")!.Select(p => p.Value).Distinct(StringComparer.Ordinal).Count())
        {
            withheld["personal"] = $"[{string.Join(", ", personal)}]";
        }

        return withheld;
    }

    /// <summary>The withholding fields these keys are, or were most likely meant as.</summary>
    private static IEnumerable<string> MeantWithholding(IEnumerable<string> keys) =>
        keys.Select(k => DecisionFields.All.Contains(k) ? k : DecisionFields.Meant(k))
            .OfType<string>()
            .Where(f => DecisionFields.Withholding.Contains(f));

    [GeneratedRegex(@"^\s*[""']?([^\s:""'#]+)[""']?\s*:")]
    private static partial Regex KeyOfLine();

    // As the build reads them: an empty 'confidential:' or 'draft:' is an error there, an empty 'withdrawn:' or 'personal:' withholds nothing.
    private static bool WithholdsNothing(YamlMapping yaml, string field) => field switch
    {
        "confidential" or "draft" => yaml.String(field)?.Trim() == "false",
        "withdrawn" => yaml.Value(field) is null || yaml.String(field)?.Trim() == "false",
        _ => yaml.Value(field) is null || yaml.StringList(field) is { Count: 0 },
    };
}
