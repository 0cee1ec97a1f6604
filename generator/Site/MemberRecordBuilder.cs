using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Content.Members;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// Ties the names in votes, dissents and meeting attendance to the register of members, per
/// language, once the law pass has run; a name not in the register is a warning with the closest
/// member's name. Names that are personal data are never looked up, listed or printed.
/// </summary>
public static partial class MemberRecordBuilder
{
    /// <summary>The slugs of the registered members a decision names (in votes and dissent), for the person listings.</summary>
    public static IEnumerable<string> NamedMembers(Decision decision, MemberRegister register)
    {
        if (register.Members.Count == 0)
        {
            return [];
        }

        var slugs = register.Members.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        return PublicNames(decision).Select(n => Slugs.From(n.Name)).Where(slugs.Contains).Distinct(StringComparer.Ordinal);
    }

    public static MemberRecord Build(MemberRegister register, IReadOnlyList<LanguageSite> languages, CouncilRecord council, SitePaths paths)
    {
        if (register.Members.Count == 0)
        {
            return MemberRecord.Empty with { Register = register };
        }

        var pages = new List<MemberPage>();
        foreach (var site in languages)
        {
            var votes = register.Members.ToDictionary(m => m.Slug, _ => new List<MemberVote>(), StringComparer.Ordinal);
            var dissents = register.Members.ToDictionary(m => m.Slug, _ => new List<MemberDissent>(), StringComparer.Ordinal);
            var attended = register.Members.ToDictionary(m => m.Slug, _ => new List<MemberAttendance>(), StringComparer.Ordinal);
            foreach (var page in site.Listed)
            {
                foreach (var (name, side) in PublicNames(page.Decision))
                {
                    var slug = Slugs.From(name);
                    if (side == "dissent" && dissents.TryGetValue(slug, out var d) && (d.Count == 0 || d[^1].Page != page))
                    {
                        d.Add(new MemberDissent(page));
                    }
                    else if (side != "dissent" && votes.TryGetValue(slug, out var v))
                    {
                        v.Add(new MemberVote(page, side));
                    }
                }
            }

            foreach (var meeting in council.Meetings.Where(m => m.Language == site.Language && !m.Cancelled && m.File is not null).OrderByDescending(m => m.Id.Date))
            {
                foreach (var attendee in meeting.File!.Attendees.Where(a => !meeting.File.PersonalNames.Contains(a.Name)))
                {
                    if (attended.TryGetValue(Slugs.From(attendee.Name), out var list) && !list.Any(a => a.Meeting == meeting.Id))
                    {
                        list.Add(new MemberAttendance(meeting.Id, meeting.Path, attendee.Role));
                    }
                }
            }

            pages.AddRange(register.Members.Select(m => new MemberPage(site.Language, m,
                paths.Listing(site.Language, ListingKind.Person, m.Slug), paths.Feed(site.Language, ListingKind.Person, m.Slug),
                votes[m.Slug], dissents[m.Slug], attended[m.Slug])));
        }

        return new MemberRecord(register, pages);
    }

    /// <summary>Warns about each name in a published decision or meeting file that is not in the register (only when there is one).</summary>
    public static void CheckNames(MemberRegister register, IEnumerable<Decision> decisions, IEnumerable<Meeting> meetings, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (register.Members.Count == 0)
        {
            return;
        }

        var slugs = register.Members.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var names = register.Members.Select(m => m.Name).ToList();
        var decided = decisions.ToList();

        // Officials attend too (the presenter, the keeper of the minutes): they are known from the decisions they prepared or presented.
        var officials = decided.SelectMany(d => new[] { d.Preparer.Name, d.Presenter.Name }).Select(Slugs.From).ToHashSet(StringComparer.Ordinal);
        var placeholders = config.Languages.Select(l => config.Strings[l].Text.GetValueOrDefault("personal_data_removed", "[…]")).ToList();
        // A member's name as the register writes it, for a name written so or surname first.
        string? Registered(string name)
        {
            var slug = Slugs.From(name) is var written && slugs.Contains(written) ? written
                : (SurnameFirst.Turned(name) ?? SurnameFirst.Swapped(name)) is { } turned && slugs.Contains(Slugs.From(turned)) ? Slugs.From(turned) : null;
            return slug is null ? null : register.Members.First(m => m.Slug == slug).Name;
        }

        void Check(string name, SourceLocation at, string field)
        {
            // A placeholder of expired personal data is no name; a name that is personal data is never printed.
            if (!slugs.Contains(Slugs.From(name)) && !placeholders.Any(p => name.Contains(p, StringComparison.Ordinal)))
            {
                // 'Aino Aaltonen (kesk)', 'Bertil Björk, jäsen', 'Björk Bertil, jäsen', as the minutes write a name: the name is a member's.
                var written = WithItsWord().Match(name);
                var several = name.Split(',', StringSplitOptions.TrimEntries).Select(Registered).ToList();
                var tail = (SurnameFirst.Turned(name) ?? SurnameFirst.Swapped(name)) is { } turned && Registered(turned) is { } member
                    ? MessageText.Format(SurnameFirstName, member)
                    : written.Success && Registered(written.Groups["name"].Value) is { } one
                    ? Registered(written.Groups["word"].Value) is { } other
                        ? MessageText.Format(TwoNames, one, other)
                    : field == "'attendees'"
                        ? MessageText.Format(RoleApart, written.Groups["word"].Value, one)
                        : MessageText.Format(NameAlone, one)
                    : several.Count > 2 && several.All(n => n is not null)
                    ? MessageText.Format(SeveralNames, several.Count, string.Join(", ", several))
                    : Suggestions.Closest(name, names) is { } closest ? Suggestions.MeantThis(closest) : MessageText.Empty;
                diagnostics.Warning(DiagnosticCodes.MemberNotInRegister, at, $"'{name}' in {field} is not in the register of members ({register.Path}){tail}");
            }
        }

        foreach (var decision in decided)
        {
            foreach (var (name, side) in PublicNames(decision).DistinctBy(n => n.Name))
            {
                Check(name, decision.LocationOf(side == "dissent" ? "dissent" : "votes"), side == "dissent" ? "'dissent'" : "'votes'");
            }
        }

        foreach (var meeting in meetings)
        {
            foreach (var attendee in meeting.Attendees.Where(a => !meeting.PersonalNames.Contains(a.Name) && !officials.Contains(Slugs.From(a.Name))))
            {
                Check(attendee.Name, attendee.Location, "'attendees'");
            }
        }
    }

    private const string NameAlone = "; write the name alone, '{0}'";

    private const string SurnameFirstName = "; the name is written surname first: write it as the register does, '{0}'";

    private const string TwoNames = "; these are two members' names: write each as an item of the list, '[{0}, {1}]'";

    private const string SeveralNames = "; these are {0} members' names: write each as an item of the list, '[{1}]'";

    private const string RoleApart = "; if '{0}' is the role, write it apart: '{{ name: {1}, role: {0} }}'";

    // A name followed by a word after a comma or in brackets: its group, role or party.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>[^,(]+?)\s*(?:,\s*(?<word>[^,()]+?)|\((?<word>[^()]+)\))\s*$")]
    private static partial System.Text.RegularExpressions.Regex WithItsWord();

    // Each name of the votes (with its side) and of the dissent, except those that are personal
    // data: named in PersonalNames of the record a page shows, placeholders in the others.
    private static IEnumerable<(string Name, string Side)> PublicNames(Decision decision) =>
        Votes.Sides.Zip(decision.Law.Votes?.BySide() ?? [])
            .SelectMany(side => (side.Second?.Names ?? []).Select(name => (name, side.First)))
            .Concat(decision.Law.Dissent.Select(dissent => (dissent.Name, "dissent")))
            .Where(n => !decision.PersonalNames.Contains(n.Item1));
}
