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

    public static SearchDocument Of(SiteModel site, DecisionPage page) => Of(site, page, DecisionPeople.Names(site, page));

    /// <summary>The search document of a decision page, with the names of <see cref="DecisionPeople"/> given.</summary>
    internal static SearchDocument Of(SiteModel site, DecisionPage page, string people)
    {
        var d = page.Decision;
        var proposal = site.PlainTexts.Of(d.Proposal);
        var body = PlainText.FromMarkdown(d.Markdown);
        var extra = string.Join(' ', new[] { PlainText.FromMarkdown(d.DecisionText), body, d.Preparer.Name, d.Presenter.Name, d.Dnro ?? "", people }.Where(s => s.Length > 0));
        var snippet = PlainText.Excerpt(site.PlainTexts.Of(DecisionOutcome.Text(d)), body, SnippetLength);
        return new SearchDocument(d.Language, d.Title, proposal, extra, d.Date, d.Body, d.Topics, page.Path, snippet)
        {
            Note = DecisionOutcome.Label(site.Config, d),
        };
    }
}
