using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Data;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Members;

/// <summary>
/// The elected members as open data, per language: <c>members.json</c> (each member's group,
/// roles with their terms, votes, dissents and meetings attended) and <c>members.csv</c> (one row
/// a member, lists joined with "; "), described by <c>data/members.schema.json</c>. Made from the
/// <see cref="MemberRecord"/>, so a name that is personal data is in neither. Nothing without a register.
/// </summary>
public sealed class MembersDataProducer(SiteModel site, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public static readonly string[] Columns =
    [
        "id", "name", "url", "feed", "group", "group_label", "roles", "votes_for", "votes_against", "votes_abstained", "votes_absent",
        "dissents", "meetings_attended",
    ];

    public IEnumerable<OutputFile> Produce()
    {
        if (site.Members.Register.Members.Count == 0)
        {
            yield break;
        }

        yield return new OutputFile(site.Paths.MemberDataSchema, JsonSchemas.Read("members.schema.json"));
        foreach (var language in site.Config.Languages)
        {
            var members = site.Members.Pages.Where(p => p.Language == language).ToList();
            var json = site.Paths.MemberData(language, "json");
            var csv = site.Paths.MemberData(language, "csv");
            yield return OutputFile.OnDemand(json, fingerprints.AllButBodies, () => new OutputFile(json, Json(site, language, members)));
            yield return OutputFile.OnDemand(csv, fingerprints.AllButBodies, () => new OutputFile(csv, Csv(site, language, members)));
        }
    }

    private static byte[] Json(SiteModel site, string language, IReadOnlyList<MemberPage> members)
    {
        var paths = site.Paths;
        var config = site.Config;
        var register = site.Members.Register;
        var licence = LicenceData.Of(config);
        var data = members.Select(page => new MembersFile.MemberData(
            page.Member.Slug,
            page.Member.Name,
            paths.Absolute(page.Path),
            paths.Absolute(page.FeedPath),
            register.Group(page.Member.Group) is { } group ? new TermData(group.Id, group.Label(language)) : null,
            [.. page.Member.Roles.Select(role => new MembersFile.RoleData(
                new TermData(role.Body, config.FindBody(role.Body)!.Label(language)),
                new TermData(role.Role, config.Strings[language].Text.GetValueOrDefault("role_" + role.Role, role.Role)),
                IsoDate.Format(role.From),
                role.To is { } to ? IsoDate.Format(to) : null))],
            [.. page.Votes.Select(v => new MembersFile.VoteData(paths.Absolute(v.Page.Path), IsoDate.Format(v.Page.Decision.Date), v.Side))],
            [.. page.Dissents.Select(d => new MembersFile.DissentData(paths.Absolute(d.Page.Path), IsoDate.Format(d.Page.Decision.Date)))],
            [.. page.Attendance.Select(m => new MembersFile.AttendanceData(paths.Absolute(m.Path), m.Meeting.Body, IsoDate.Format(m.Meeting.Date), m.Role))]));
        return OpenDataJson.SerializeToUtf8(new MembersFile(
            paths.Absolute(paths.MemberDataSchema), language, config.Title[language], licence,
            [.. register.Groups.Select(g => new TermData(g.Id, g.Label(language)))], [.. data]));
    }

    private static byte[] Csv(SiteModel site, string language, IReadOnlyList<MemberPage> members)
    {
        var paths = site.Paths;
        var config = site.Config;
        return OpenDataCsv.Write(Columns, members.Select(page =>
        {
            var member = page.Member;
            var group = site.Members.Register.Group(member.Group);
            var roles = member.Roles.Select(r =>
                $"{config.FindBody(r.Body)!.Label(language)}: {config.Strings[language].Text.GetValueOrDefault("role_" + r.Role, r.Role)} {IsoDate.Format(r.From)}–{(r.To is { } to ? IsoDate.Format(to) : "")}");
            int Side(string side) => page.Votes.Count(v => v.Side == side);
            return new[]
            {
                member.Slug, member.Name, paths.Absolute(page.Path), paths.Absolute(page.FeedPath), group?.Id ?? "", group?.Label(language) ?? "",
                string.Join(DecisionsCsv.ListSeparator, roles),
                Count(Side("for")), Count(Side("against")), Count(Side("abstained")), Count(Side("absent")),
                Count(page.Dissents.Count), Count(page.Attendance.Count),
            };
        }));
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
