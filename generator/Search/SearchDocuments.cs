using DecisionsPortal.Content;
using DecisionsPortal.Markup;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// What the index holds of a decision page: its title, its proposal and the rest of its text as
/// plain words, the people named in it, and the snippet that results show.
/// </summary>
public static class SearchDocuments
{
    public const int SnippetLength = 240;

    public static SearchDocument Of(SiteModel site, DecisionPage page) => Of(site, page, DecisionPeople.Names(site, page), page.Decision.Language);

    /// <summary>
    /// The search document of a decision page in the index of <paramref name="language"/>, with the
    /// names of <see cref="DecisionPeople"/> given. Its organ and topics count as words of its
    /// text, named as that language's page names them: "kaavoitus" finds the decisions of that
    /// topic whose text never says it.
    /// </summary>
    internal static SearchDocument Of(SiteModel site, DecisionPage page, string people, string language)
    {
        var d = page.Decision;
        var proposal = site.PlainTexts.Of(d.Proposal);
        var extra = PlainText.Joined(site.PlainTexts.Of(d.DecisionText), d.Markdown, [d.Preparer.Name, d.Presenter.Name, d.Dnro ?? "", people, Labels(site.Config, d, language)], out var body);
        var snippet = PlainText.Excerpt(site.PlainTexts.Of(DecisionOutcome.Text(d)), extra.AsSpan()[body], SnippetLength);
        return new SearchDocument(d.Language, d.Title, proposal, extra, d.Date, d.Body, d.Topics, page.Path, snippet)
        {
            Note = DecisionOutcome.Label(site.Config, d),
        };
    }

    // A confidential decision is found by its title only (Site/Publication.cs), though its page names its organ.
    private static string Labels(Configuration.SiteConfig config, Decision d, string language) => d.Law.Confidential ? "" :
        string.Join(' ', d.Topics.Select(t => config.FindTopic(t)?.Label(language) ?? "").Prepend(config.FindBody(d.Body)?.Label(language) ?? "").Where(l => l.Length > 0));
}
