using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Authoring;

/// <summary>
/// What a translation can carry over from the file it translates, read leniently: a file fresh
/// from <c>new</c> has its required fields still empty, and each field that can be read is carried
/// over all the same. <see cref="NotCarried"/> names the fields the translator must wait for.
/// </summary>
public sealed record TranslationSource(
    string? Title,
    DateOnly? Date,
    string? Body,
    int? Section,
    string? Dnro,
    Person? Preparer,
    Person? Presenter,
    IReadOnlyList<string> Topics,
    string? Key,
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
            return new TranslationSource(null, null, null, null, null, null, null, [], null, Needed);
        }

        var yaml = new YamlMapping(mapping, source, scratch, DiagnosticCodes.WrongType);
        var title = yaml.String("title")?.Trim();
        var topics = DecisionReader.ReadTopics(yaml, config, scratch);
        var read = new TranslationSource(
            string.IsNullOrEmpty(title) ? null : title,
            DecisionReader.ReadDate(yaml, "date", scratch),
            DecisionReader.ReadBody(yaml, config, scratch),
            yaml.Integer("section"),
            string.IsNullOrWhiteSpace(yaml.String("dnro")) ? null : yaml.String("dnro")!.Trim(),
            DecisionReader.ReadPerson(yaml, "preparer", scratch),
            DecisionReader.ReadPerson(yaml, "presenter", scratch),
            topics,
            string.IsNullOrWhiteSpace(yaml.String("key")) ? null : yaml.String("key")!.Trim(),
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
        return read with { NotCarried = missing.ToList() };
    }
}
