namespace DecisionsPortal.Configuration;

/// <summary>The validated configuration of one build: site.yml, the i18n files and the command line.</summary>
public sealed record SiteConfig(
    string ConfigPath,
    IReadOnlyDictionary<string, string> Title,
    Uri BaseUrl,
    IReadOnlyList<string> Languages,
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    IReadOnlyList<Term> Bodies,
    IReadOnlyList<Term> Topics,
    int PageSize,
    bool IncludeDrafts,
    IReadOnlyDictionary<string, LanguageStrings> Strings)
{
    /// <summary>
    /// The date the build is for: --build-date, else SOURCE_DATE_EPOCH, else today's UTC date.
    /// Anything date-dependent in the output (appeal periods) must use this, never the clock,
    /// so that a build can be reproduced byte for byte.
    /// </summary>
    public DateOnly BuildDate { get; init; }

    public string DefaultLanguage => Languages[0];

    /// <summary>The path part of the base URL, always starting and ending with '/': "/" or "/portal/".</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public Term? FindBody(string id) => Bodies.FirstOrDefault(b => b.Id == id);

    public Term? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
