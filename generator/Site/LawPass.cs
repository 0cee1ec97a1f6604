using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// The part of the Model stage that applies the law to the loaded decisions before anything else
/// sees them: each decision is tied to its meeting and given its appeal period; confidential
/// decisions lose everything but title, organ and date; personal data whose appeal period has
/// ended by the build date is replaced by a placeholder. Every producer (pages, search, data,
/// feeds) reads only the result, so none can publish what the law says must not be published.
/// </summary>
public static class LawPass
{
    public sealed record Result(
        IReadOnlyList<Decision> Decisions,
        IReadOnlyDictionary<string, (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting)> ByDecision,
        IReadOnlyDictionary<MeetingId, IReadOnlyList<Meeting>> Meetings,
        IReadOnlyList<PersonalDataExpiry> Expiries)
    {
        /// <summary><see cref="ByDecision"/> for each decision of <see cref="Decisions"/> by the instance, without making its id again.</summary>
        internal IReadOnlyDictionary<Decision, (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting)> ByInstance { get; init; } =
            new Dictionary<Decision, (AppealKind?, AppealPeriod?, MeetingId?)>();

        public (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting) Of(Decision decision) =>
            ByInstance.TryGetValue(decision, out var found) || ByDecision.TryGetValue(DecisionId(decision), out found) ? found : (null, null, null);
    }

    public static string DecisionId(Decision d) => d.Language + "\n" + d.Key;

    public static Result Apply(SiteConfig config, IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> files, DiagnosticBag diagnostics, ModelCache? cache = null)
    {
        var expiries = new List<PersonalDataExpiry>();
        var meetingFiles = files.Select(m => RedactMeeting(m, config, expiries, diagnostics)).ToList();
        var meetings = meetingFiles
            .GroupBy(m => new MeetingId(m.Body, m.Date))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Meeting>)g.OrderBy(m => m.Language, StringComparer.Ordinal).ToList());
        CheckMeetingNumbers(meetingFiles, diagnostics);

        var byDecision = new Dictionary<string, (AppealKind?, AppealPeriod?, MeetingId?)>(StringComparer.Ordinal);
        var decisions = new List<Decision>(loaded.Count);
        var ids = new string[loaded.Count];
        foreach (var decision in loaded)
        {
            var meeting = FindMeeting(decision, meetings, diagnostics);
            var held = meeting is { } id && meetings.TryGetValue(id, out var found) ? found : [];
            var minutesPublic = held.FirstOrDefault(m => m.Language == decision.Language && m.MinutesPublic is not null)?.MinutesPublic
                ?? held.FirstOrDefault(m => m.MinutesPublic is not null)?.MinutesPublic;
            var appeal = decision.Law.Appeal ?? config.AppealOf(decision.Body);
            var period = appeal is { } kind && minutesPublic is { } published ? AppealPeriod.Compute(kind, published) : null;
            if (appeal is { } needed && !decision.Law.Confidential && config.AppealText(needed, decision.Language) is null)
            {
                diagnostics.Error(DiagnosticCodes.AppealTextMissing, decision.LocationOf("appeal"),
                    $"no appeal instructions '{AppealKinds.Id(needed)}' in language '{decision.Language}': create templates/appeal/{AppealKinds.Id(needed)}.{decision.Language}.md");
            }

            var decisionId = ids[decisions.Count] = DecisionId(decision);
            byDecision[decisionId] = (appeal, period, meeting);

            var result = decision.Law.Confidential ? StripConfidential(decision, diagnostics) : decision;
            decisions.Add(Redact(result, config, period, expiries, diagnostics, cache));
        }

        // What a lookup by id gives (the last of two files with one id), by the instance.
        var byInstance = new Dictionary<Decision, (AppealKind?, AppealPeriod?, MeetingId?)>(decisions.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < decisions.Count; i++)
        {
            byInstance[decisions[i]] = byDecision[ids[i]];
        }

        return new Result(decisions, byDecision, meetings.ToDictionary(), expiries) { ByInstance = byInstance };
    }

    // A decision belongs to the meeting its 'meeting:' number names, else to its organ's meeting on its date.
    private static MeetingId? FindMeeting(Decision decision, Dictionary<MeetingId, IReadOnlyList<Meeting>> meetings, DiagnosticBag diagnostics)
    {
        if (decision.Law.Meeting is not { } number)
        {
            if (meetings.Count == 0)
            {
                return null;
            }

            var sameDay = new MeetingId(decision.Body, decision.Date);
            return meetings.ContainsKey(sameDay) ? sameDay : null;
        }

        var numbered = meetings.Where(m => m.Key.Body == decision.Body && m.Value.Any(f => f.Number == number)).Select(m => m.Key).ToList();
        if (numbered.Count == 0)
        {
            // A meeting known only from its decisions: it still gets a page and an agenda.
            return new MeetingId(decision.Body, decision.Date);
        }

        var id = numbered.OrderBy(m => m.Date).First();
        if (id.Date != decision.Date)
        {
            diagnostics.Warning(DiagnosticCodes.MeetingDateDiffers, decision.LocationOf("meeting"),
                $"meeting {number} of '{decision.Body}' was held on {Iso(id.Date)} ({meetings[id][0].File.Path}), but this decision's date is {Iso(decision.Date)}");
        }

        return id;
    }

    private static void CheckMeetingNumbers(IReadOnlyList<Meeting> meetingFiles, DiagnosticBag diagnostics)
    {
        var clashes = meetingFiles.Where(m => m.Number is not null)
            .GroupBy(m => (m.Language, m.Body, m.Number!))
            .Where(g => g.Select(m => m.Date).Distinct().Count() > 1);
        foreach (var group in clashes)
        {
            var files = group.OrderBy(m => m.File.Path, StringComparer.Ordinal).ToList();
            foreach (var file in files.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateMeeting, file.File, $"meeting {group.Key.Item3} of '{group.Key.Body}' is also {files[0].File.Path}; each meeting number belongs to one date");
            }
        }
    }

    // Only title, organ and date stay (and the § and meeting, so the agenda keeps its order).
    private static Decision StripConfidential(Decision decision, DiagnosticBag diagnostics)
    {
        if (decision.Attachments.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ConfidentialAttachments, decision.LocationOf("attachments"),
                "a confidential decision's attachments are never published; remove them from the file (and from the repository if they must stay secret)");
        }

        return decision with
        {
            Dnro = null,
            Topics = [],
            Markdown = "",
            Proposal = "",
            DecisionText = null,
            Attachments = [],
            Legal = decision.Law with { Status = null, Votes = null, Dissent = [], Personal = [] },
        };
    }

    /// <summary>Whether the law publishes the decision as it was loaded (not confidential, no personal data to redact): what <see cref="ModelPatch"/> relies on.</summary>
    internal static bool LeavesAsIs(Decision decision, ModelCache cache) => !decision.Law.Confidential && NothingToRedact(decision, cache);

    private static bool NothingToRedact(Decision decision, ModelCache? cache) =>
        decision.Law.Personal.Count == 0 && !(cache?.MayHavePersonalMarks(decision, MayHaveMarks) ?? MayHaveMarks(decision));

    private static Decision Redact(Decision decision, SiteConfig config, AppealPeriod? period, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics, ModelCache? cache)
    {
        var law = decision.Law;
        if (NothingToRedact(decision, cache))
        {
            return decision;
        }

        var marked = new List<(SourceLocation Location, string Field)>();
        foreach (var line in PersonalDataMarks.Lines(decision.Markdown))
        {
            marked.Add((decision.File with { Line = law.MarkdownFirstLine + line - 1, Column = 1 }, "text"));
        }

        foreach (var (field, text) in new[] { ("title", decision.Title), ("proposal", decision.Proposal), ("decision", decision.DecisionText) })
        {
            if (PersonalDataMarks.Has(text))
            {
                marked.Add((decision.LocationOf(field), field));
            }
        }

        if (law.Dissent.Any(x => PersonalDataMarks.Has(x.Name) || PersonalDataMarks.Has(x.Text)))
        {
            marked.Add((decision.LocationOf("dissent"), "dissent"));
        }

        if (law.Votes is { } marks && Names(marks).Any(PersonalDataMarks.Has))
        {
            marked.Add((decision.LocationOf("votes"), "votes"));
        }

        if (decision.Attachments.Any(a => PersonalDataMarks.Has(a.Title)))
        {
            marked.Add((decision.LocationOf("attachments"), "attachments"));
        }

        marked.AddRange(law.Personal.Select(field => (decision.LocationOf(field), field)));
        if (marked.Count == 0)
        {
            return decision;
        }

        var expires = period?.PersonalDataExpires;
        var removed = expires is { } day && config.BuildDate >= day;
        expiries.AddRange(marked.Select(m => new PersonalDataExpiry(m.Location, m.Field, expires, removed)));
        if (expires is null)
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataNeverExpires, marked.OrderBy(m => m.Location.Line).First().Location,
                "personal data is marked but cannot expire: the decision needs an appeal (site.yml bodies.<id>.appeal or 'appeal:') and a meeting file with 'minutes_public'");
        }

        if (!removed)
        {
            return decision with
            {
                Title = PersonalDataMarks.Unmark(decision.Title),
                Attachments = decision.Attachments.Select(a => a with { Title = PersonalDataMarks.Unmark(a.Title) }).ToList(),
                Legal = law with
                {
                    Votes = law.Votes is { } shown ? MapNames(shown, PersonalDataMarks.Unmark) : null,
                    Dissent = law.Dissent.Select(x => new Dissent(PersonalDataMarks.Unmark(x.Name), x.Text is null ? null : PersonalDataMarks.Unmark(x.Text))).ToList(),
                },
            };
        }

        var placeholder = config.Strings[decision.Language].Text.GetValueOrDefault("personal_data_removed", "[…]");
        var personal = law.Personal;
        return decision with
        {
            Title = personal.Contains("title") ? placeholder : PersonalDataMarks.RedactPlain(decision.Title, placeholder),
            Markdown = PersonalDataMarks.RedactMarkdown(decision.Markdown, placeholder),
            Proposal = personal.Contains("proposal") ? PersonalDataMarks.EscapeMarkdown(placeholder) : PersonalDataMarks.RedactMarkdown(decision.Proposal, placeholder),
            DecisionText = decision.DecisionText is null ? null
                : personal.Contains("decision") ? PersonalDataMarks.EscapeMarkdown(placeholder) : PersonalDataMarks.RedactMarkdown(decision.DecisionText, placeholder),
            Attachments = personal.Contains("attachments") ? []
                : decision.Attachments.Select(a => a with { Title = PersonalDataMarks.RedactPlain(a.Title, placeholder) }).ToList(),
            Legal = law with
            {
                Votes = law.Votes is not { } votes ? null
                    : personal.Contains("votes") ? WithoutNames(votes)
                    : MapNames(votes, name => PersonalDataMarks.RedactPlain(name, placeholder)),
                Dissent = personal.Contains("dissent")
                    ? law.Dissent.Select(_ => new Dissent(placeholder, null)).ToList()
                    : law.Dissent.Select(x => new Dissent(PersonalDataMarks.RedactPlain(x.Name, placeholder), x.Text is null ? null : PersonalDataMarks.RedactPlain(x.Text, placeholder))).ToList(),
            },
        };
    }

    // A decision with no text that may hold a mark has nothing to redact.
    private static bool MayHaveMarks(Decision decision) =>
        PersonalDataMarks.MayHave(decision.Markdown)
        || PersonalDataMarks.MayHave(decision.Title)
        || PersonalDataMarks.MayHave(decision.Proposal)
        || PersonalDataMarks.MayHave(decision.DecisionText)
        || decision.Law.Dissent.Any(x => PersonalDataMarks.MayHave(x.Name) || PersonalDataMarks.MayHave(x.Text))
        || (decision.Law.Votes is { } votes && Names(votes).Any(PersonalDataMarks.MayHave))
        || decision.Attachments.Any(a => PersonalDataMarks.MayHave(a.Title));

    // A meeting file's notes, place and attendees may mark personal data too; it expires with the organ's appeal period.
    private static Meeting RedactMeeting(Meeting meeting, SiteConfig config, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics)
    {
        var lines = PersonalDataMarks.Lines(meeting.Markdown).Select(line => meeting.MarkdownFirstLine + line - 1).ToList();
        if (PersonalDataMarks.Has(meeting.Place) || meeting.Attendees.Any(a => PersonalDataMarks.Has(a.Name) || PersonalDataMarks.Has(a.Role)))
        {
            // Front-matter fields: the file's own place is all a meeting knows of them.
            lines.Insert(0, 1);
        }

        if (lines.Count == 0)
        {
            return meeting;
        }

        var period = config.AppealOf(meeting.Body) is { } kind && meeting.MinutesPublic is { } published ? AppealPeriod.Compute(kind, published) : null;
        var expires = period?.PersonalDataExpires;
        var removed = expires is { } day && config.BuildDate >= day;
        expiries.AddRange(lines.Select(line => new PersonalDataExpiry(meeting.File with { Line = line }, line < meeting.MarkdownFirstLine ? "meeting" : "text", expires, removed)));
        if (expires is null)
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataNeverExpires, meeting.File,
                "personal data is marked but cannot expire: the organ needs an appeal in site.yml (bodies.<id>.appeal) and this file a 'minutes_public' date");
        }

        var placeholder = config.Strings[meeting.Language].Text.GetValueOrDefault("personal_data_removed", "[…]");
        string Plain(string text) => removed ? PersonalDataMarks.RedactPlain(text, placeholder) : PersonalDataMarks.Unmark(text);
        return meeting with
        {
            Markdown = removed ? PersonalDataMarks.RedactMarkdown(meeting.Markdown, placeholder) : meeting.Markdown,
            Place = meeting.Place is null ? null : Plain(meeting.Place),
            Attendees = meeting.Attendees.Select(a => new Attendee(Plain(a.Name), a.Role is null ? null : Plain(a.Role))).ToList(),
        };
    }

    private static IEnumerable<string> Names(Votes votes) =>
        new[] { votes.For, votes.Against, votes.Abstained, votes.Absent }.SelectMany(side => side?.Names ?? []);

    private static Votes MapNames(Votes votes, Func<string, string> map)
    {
        VoteCount? Side(VoteCount? side) => side is null ? null : side with { Names = side.Names.Select(map).ToList() };
        return new(Side(votes.For), Side(votes.Against), Side(votes.Abstained), Side(votes.Absent));
    }

    private static Votes WithoutNames(Votes votes) => new(
        votes.For is null ? null : votes.For with { Names = [] },
        votes.Against is null ? null : votes.Against with { Names = [] },
        votes.Abstained is null ? null : votes.Abstained with { Names = [] },
        votes.Absent is null ? null : votes.Absent with { Names = [] });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
