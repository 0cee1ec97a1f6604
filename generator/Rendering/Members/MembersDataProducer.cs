using System.Text.Json;
using CsvHelper;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Members;

/// <summary>
/// The elected members as open data, per language: <c>members.json</c> (each member's group,
/// roles with their terms, votes, dissents and meetings attended) and <c>members.csv</c> (one row
/// a member, lists joined with "; "), described by <c>data/members.schema.json</c>. Made from the
/// <see cref="MemberRecord"/>, so a name that is personal data is in neither. Nothing without a register.
/// </summary>
public sealed class MembersDataProducer : IOutputProducer
{
    public static readonly string[] Columns =
    [
        "id", "name", "url", "feed", "group", "group_label", "roles", "votes_for", "votes_against", "votes_abstained", "votes_absent",
        "dissents", "meetings_attended",
    ];

    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var site = context.Site;
        if (site.Members.Register.Members.Count == 0)
        {
            yield break;
        }

        yield return new OutputFile(site.Paths.MemberDataSchema, Data.JsonSchemas.Read("members.schema.json"));
        foreach (var language in site.Config.Languages)
        {
            var members = site.Members.Pages.Where(p => p.Language == language).ToList();
            var json = site.Paths.MemberData(language, "json");
            var csv = site.Paths.MemberData(language, "csv");
            yield return OutputFile.Later(json, context.Fingerprints?.Site, () => new OutputFile(json, Json(site, language, members)));
            yield return OutputFile.Later(csv, context.Fingerprints?.Site, () => new OutputFile(csv, Csv(site, language, members)));
        }
    }

    private static byte[] Json(SiteModel site, string language, IReadOnlyList<MemberPage> members)
    {
        var paths = site.Paths;
        var config = site.Config;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", paths.Absolute(paths.MemberDataSchema));
            json.WriteString("language", language);
            json.WriteString("title", config.Title[language]);
            if (config.DataLicence is { } licence)
            {
                json.WriteStartObject("licence");
                json.WriteString("name", licence.Name);
                json.WriteString("url", licence.Url.AbsoluteUri);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("licence");
            }

            json.WriteStartArray("groups");
            foreach (var group in site.Members.Register.Groups)
            {
                Term(json, null, group.Id, group.Label(language));
            }

            json.WriteEndArray();
            json.WriteStartArray("members");
            foreach (var page in members)
            {
                var member = page.Member;
                json.WriteStartObject();
                json.WriteString("id", member.Slug);
                json.WriteString("name", member.Name);
                json.WriteString("url", paths.Absolute(page.Path));
                json.WriteString("feed", paths.Absolute(page.FeedPath));
                if (site.Members.Register.Group(member.Group) is { } group)
                {
                    Term(json, "group", group.Id, group.Label(language));
                }
                else
                {
                    json.WriteNull("group");
                }

                json.WriteStartArray("roles");
                foreach (var role in member.Roles)
                {
                    json.WriteStartObject();
                    Term(json, "body", role.Body, config.FindBody(role.Body)!.Label(language));
                    Term(json, "role", role.Role, config.Strings[language].Text.GetValueOrDefault("role_" + role.Role, role.Role));
                    json.WriteString("from", ViewFactory.Iso(role.From));
                    if (role.To is { } to)
                    {
                        json.WriteString("to", ViewFactory.Iso(to));
                    }
                    else
                    {
                        json.WriteNull("to");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("votes");
                foreach (var vote in page.Votes)
                {
                    json.WriteStartObject();
                    json.WriteString("decision", paths.Absolute(vote.Page.Path));
                    json.WriteString("date", ViewFactory.Iso(vote.Page.Decision.Date));
                    json.WriteString("side", vote.Side);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("dissents");
                foreach (var dissent in page.Dissents)
                {
                    json.WriteStartObject();
                    json.WriteString("decision", paths.Absolute(dissent.Page.Path));
                    json.WriteString("date", ViewFactory.Iso(dissent.Page.Decision.Date));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("attendance");
                foreach (var meeting in page.Attendance)
                {
                    json.WriteStartObject();
                    json.WriteString("meeting", paths.Absolute(meeting.Path));
                    json.WriteString("body", meeting.Meeting.Body);
                    json.WriteString("date", ViewFactory.Iso(meeting.Meeting.Date));
                    json.WriteString("role", meeting.Role);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static void Term(Utf8JsonWriter json, string? name, string id, string label)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        json.WriteString("id", id);
        json.WriteString("label", label);
        json.WriteEndObject();
    }

    private static byte[] Csv(SiteModel site, string language, IReadOnlyList<MemberPage> members)
    {
        var paths = site.Paths;
        var config = site.Config;
        var options = new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.Escape };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var page in members)
            {
                var member = page.Member;
                var group = site.Members.Register.Group(member.Group);
                var roles = member.Roles.Select(r =>
                    $"{config.FindBody(r.Body)!.Label(language)}: {config.Strings[language].Text.GetValueOrDefault("role_" + r.Role, r.Role)} {ViewFactory.Iso(r.From)}–{(r.To is { } to ? ViewFactory.Iso(to) : "")}");
                int Side(string side) => page.Votes.Count(v => v.Side == side);
                csv.WriteRecord([
                    member.Slug, member.Name, paths.Absolute(page.Path), paths.Absolute(page.FeedPath), group?.Id ?? "", group?.Label(language) ?? "",
                    string.Join(Data.DecisionsCsv.ListSeparator, roles),
                    Count(Side("for")), Count(Side("against")), Count(Side("abstained")), Count(Side("absent")),
                    Count(page.Dissents.Count), Count(page.Attendance.Count),
                ]);
            }
        }

        return stream.ToArray();
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
