using DecisionsPortal.Configuration;
using DecisionsPortal.Content;

namespace DecisionsPortal.Site;

/// <summary>
/// What a decision's one-line summary (a feed entry, a search result, a listing, the page's
/// schema.org abstract) says was decided. The proposal alone would tell a reader that the council
/// decided what it rejected, tabled or changed: so the summary is the decision's own text where
/// it was amended, and the status goes before it wherever the proposal did not pass as it stands.
/// "Ehdotus hyväksyttiin" (the minutes' decision for a proposal passed as it is) says nothing, so
/// such a decision is summed up by its proposal.
/// </summary>
public static class DecisionOutcome
{
    /// <summary>The Markdown the summary is made of.</summary>
    public static string Text(Decision decision) => ByItsDecision(decision) ? decision.DecisionText! : decision.Proposal;

    /// <summary>The words that go before the summary, in the decision's language; null for a proposal passed as it stands.</summary>
    public static string? Label(SiteConfig config, Decision decision) => decision.Law.Status switch
    {
        null or DecisionStatus.AsProposed => null,
        // The listing's short words: 'status_agenda' ("on the agenda – not decided yet") heads the item's own page.
        DecisionStatus.Agenda => config.Strings[decision.Language].Text.GetValueOrDefault("not_decided"),
        var status => config.Strings[decision.Language].Text.GetValueOrDefault("status_" + DecisionStatuses.Id(status.Value)),
    };

    /// <summary>The summary as plain text: the label, then the words.</summary>
    /// <param name="plainProposal">The proposal's plain words where the caller has them already.</param>
    public static string Plain(SiteModel site, Decision decision, string? plainProposal = null)
    {
        var text = ByItsDecision(decision) ? site.PlainTexts.Of(decision.DecisionText) : plainProposal ?? site.PlainTexts.Of(decision.Proposal);
        // A confidential item's words are withheld: its label stands as a sentence, not before nothing.
        return Label(site.Config, decision) is not { } label ? text : text.Length == 0 ? label + "." : label + ": " + text;
    }

    // An amended decision is told by its own words, unless they are personal data as a whole: a
    // summary of a placeholder would tell nothing where the proposal is public.
    private static bool ByItsDecision(Decision decision) =>
        decision.Law.Status == DecisionStatus.Amended && !string.IsNullOrWhiteSpace(decision.DecisionText) && !decision.Law.Personal.Contains("decision");
}
