using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Members;

/// <summary>Makes the vote block of a decision page from its published record and the register of members.</summary>
public sealed class VoteBlockFactory(SiteModel site, ViewFactory views)
{
    public VoteBlockView For(DecisionPage page)
    {
        var law = page.Decision.Law;
        var register = site.Members.Register;
        NameView Name(string name) => new(name, PersonLinks.Of(site, page.Language, name, page.Decision.PersonalNames));
        string? GroupOf(string name) =>
            page.Decision.PersonalNames.Contains(name) ? null : register.Members.FirstOrDefault(m => m.Slug == Slugs.From(name))?.Group;

        var sides = new List<VoteSideView>();
        var tally = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var shown = law.Votes?.Recorded().ToList() ?? [];
        foreach (var ((sideName, side), column) in shown.Select((s, column) => (s, column)))
        {
            var groups = side.Names
                .GroupBy(GroupOf)
                .OrderBy(g => g.Key is null ? 1 : 0)
                .ThenBy(g => register.Groups.ToList().FindIndex(x => x.Id == g.Key))
                .Select(g => new VoteGroupView(register.Group(g.Key)?.Label(views.Language), g.Select((name, k) => Name(name) with { Comma = k > 0 }).ToList()))
                .ToList();
            foreach (var name in side.Names)
            {
                if (GroupOf(name) is { } group)
                {
                    (tally.TryGetValue(group, out var counts) ? counts : tally[group] = new int[shown.Count])[column]++;
                }
            }

            sides.Add(new VoteSideView(sideName, views.Text("votes_" + sideName), side.Count, groups));
        }

        var byGroup = register.Groups
            .Where(g => tally.ContainsKey(g.Id))
            .Select(g => new VoteGroupTallyView(g.Label(views.Language), tally[g.Id]))
            .ToList();
        return new VoteBlockView(sides, sides.Any(s => s.Groups.Count > 0), byGroup,
            law.Dissent.Select(d => new DissentNameView(Name(d.Name), d.Text)).ToList());
    }
}
