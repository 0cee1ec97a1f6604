using DecisionsPortal.Content;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Changes;

/// <summary>
/// What changed, as a decision page shows it: an amended decision against its proposal, and a
/// corrected decision against the text first published (front matter <c>previous:</c>). Reads the
/// decision as <see cref="Publication"/> made it, so a diff shows no personal data the page hides.
/// </summary>
public static class ChangeViews
{
    public static IReadOnlyList<ChangeView> For(DecisionPage page, ViewFactory views)
    {
        var d = page.Decision;
        if (d.Law.Confidential || d.DecisionText is not { } decided)
        {
            return [];
        }

        var removed = views.Text("diff_removed");
        var added = views.Text("diff_added");
        var result = new List<ChangeView>();
        if (d.Law.Status == DecisionStatus.Amended && WordDiff.Html(d.Proposal, decided, removed, added) is { } amended)
        {
            result.Add(new ChangeView("changes-proposal", views.Text("changes_proposal"), views.Text("changes_proposal_note"), amended));
        }

        if (d.Law.Previous is { } previous && d.Law.Updated is { } updated && WordDiff.Html(previous, decided, removed, added) is { } corrected)
        {
            result.Add(new ChangeView("changes-correction", $"{views.Text("changes_correction")} {views.FormatDate(updated)}", views.Text("changes_correction_note"), corrected));
        }

        return result;
    }
}
