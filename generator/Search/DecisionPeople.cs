using System.Runtime.CompilerServices;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>
/// The people a searcher may look a decision up by, besides its preparer and presenter: those
/// named in its votes and dissents, and the attendees of the meeting that made it. Read from the
/// model after <see cref="LawPass"/>, so expired or marked personal data is already gone, and
/// from the meeting page the site publishes (the same names its page shows).
/// </summary>
public static class DecisionPeople
{
    // The attendees of each meeting page, joined once a build: every decision of the meeting names them.
    private static readonly ConditionalWeakTable<CouncilRecord, Dictionary<(string Language, MeetingId Id), string>> Attendees = [];

    public static string Names(SiteModel site, DecisionPage page)
    {
        var law = page.Decision.Law;

        // A confidential decision is found by its published fields only, not by the attendees of
        // the meeting that made it (Site/Publication.cs says what those fields are).
        if (law.Confidential)
        {
            return "";
        }

        var attendees = AttendeesOf(site.Council, page);
        if (law.Votes is null && law.Dissent.Count == 0)
        {
            return attendees;
        }

        var names = new List<string>();
        if (law.Votes is { } votes)
        {
            names.AddRange(votes.Names());
        }

        names.AddRange(law.Dissent.Select(d => d.Name));
        var own = Joined(names);
        return own.Length == 0 ? attendees : attendees.Length == 0 ? own : own + " " + attendees;
    }

    private static string AttendeesOf(CouncilRecord council, DecisionPage page)
    {
        if (council.For(page).Meeting is not { } id)
        {
            return "";
        }

        var meetings = Attendees.GetValue(council, c => c.Meetings.GroupBy(m => (m.Language, m.Id))
            .ToDictionary(g => g.Key, g => Joined((g.First().File?.Attendees ?? []).Select(a => a.Name))));
        return meetings.GetValueOrDefault((page.Decision.Language, id), "");
    }

    private static string Joined(IEnumerable<string> names) => string.Join(' ', names.Where(n => n.Length > 0));
}
