using DecisionsPortal.Law;

namespace DecisionsPortal.Configuration;

/// <summary>The validated configuration of one build: site.yml, the i18n files and the command line.</summary>
/// <param name="Municipality">site.yml 'municipality': the words before an organ's name in a citation, per language ("Kemin").</param>
/// <param name="TemplateFiles">Every file of the templates folder, as <see cref="ThemeFiles"/> listed it: the only ones read from there.</param>
public sealed record SiteConfig(
    string ConfigPath,
    IReadOnlyDictionary<string, string> Title,
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    string ContentDirectory,
    string TemplatesDirectory,
    IReadOnlyList<string> TemplateFiles,
    string OutputDirectory,
    IReadOnlyList<LabelledId> Bodies,
    IReadOnlyList<LabelledId> Topics,
    int PageSize,
    bool IncludeDrafts,
    IReadOnlyDictionary<string, LanguageStrings> Strings,
    DateOnly BuildDate = default,
    IReadOnlyDictionary<string, AppealKind>? BodyAppeals = null,
    IReadOnlyList<RemovedFile>? Removed = null,
    IReadOnlyDictionary<string, string>? AppealTexts = null,
    DataLicence? DataLicence = null,
    IReadOnlyDictionary<string, string>? Municipality = null)
{
    /// <summary>The appeal instruction of a kind in a language (templates/appeal/&lt;kind&gt;.&lt;lang&gt;.md), Markdown.</summary>
    public string? AppealText(AppealKind kind, string language) =>
        AppealTexts is not null && AppealTexts.TryGetValue($"{AppealKinds.Id(kind)}.{language}", out var text) ? text : null;

    /// <summary>The appeal that site.yml's <c>bodies.&lt;id&gt;.appeal</c> gives an organ's decisions, if any.</summary>
    public AppealKind? AppealOf(string body) => BodyAppeals is not null && BodyAppeals.TryGetValue(body, out var kind) ? kind : null;

    /// <summary>Decision files deleted from content/ that mirrors should forget (site.yml <c>removed:</c>).</summary>
    public IReadOnlyList<RemovedFile> RemovedFiles => Removed ?? [];

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/portal/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    // Plain loops: these run for every decision on every page that shows one, and a lambda over
    // id would be a new delegate at each call.
    public LabelledId? FindBody(string id) => Find(Bodies, id);

    public LabelledId? FindTopic(string id) => Find(Topics, id);

    private static LabelledId? Find(IReadOnlyList<LabelledId> terms, string id)
    {
        // Indexed: a foreach over the interface would box its enumerator.
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Id == id)
            {
                return terms[i];
            }
        }

        return null;
    }
}
