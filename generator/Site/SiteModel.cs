using DecisionsPortal.Configuration;

namespace DecisionsPortal.Site;

/// <summary>The whole site as data: what the Render stage turns into files.</summary>
public sealed record SiteModel(SiteConfig Config, SitePaths Paths, IReadOnlyList<DecisionPage> Decisions, IReadOnlyList<LanguageSite> Languages)
{
    /// <summary>Cases, meetings, appeals, tombstones and personal-data expiries (see <see cref="LawPass"/>).</summary>
    public CouncilRecord Council { get; init; } = CouncilRecord.Empty;

    public LanguageSite this[string language] => Languages.First(l => l.Language == language);

    /// <summary>Pages at old addresses (front matter <c>aliases:</c>) that lead to their decision.</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>The register of elected members and what each did on the record (see <see cref="MemberRecordBuilder"/>).</summary>
    public MemberRecord Members { get; init; } = MemberRecord.Empty;

    /// <summary>The plain words of the decisions' summaries (<see cref="DecisionOutcome"/>), made once for search and every feed that shows them.</summary>
    public Markup.PlainTextMemo PlainTexts { get; } = new();
}
