using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// The part of the Model stage that applies the law to the loaded decisions before anything else
/// sees them: each decision is tied to its meeting and given its appeal period, and replaced by
/// what of it may be published (<see cref="Publication"/>: confidential decisions, expired personal
/// data). Every producer reads only the result, so none can publish what the law does not allow.
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

    public static string DecisionId(Decision d) => DecisionId(d.Language, d.Key);

    private static string DecisionId(string language, string key) => language + "\n" + key;

    /// <param name="inputs">
    /// The fingerprint of every input but the bodies (Incremental/ModelInputs.cs): all of the pass
    /// but each decision's redaction reads nothing else, so serve remembers that part by it and an
    /// edit of a text redacts the decisions again and nothing more. Null: all of it runs.
    /// </param>
    public static Result Apply(SiteConfig config, IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> files, DiagnosticBag diagnostics, ModelCache cache, Fingerprint? inputs = null)
    {
        var placed = cache.Remember(nameof(LawPass), inputs, diagnostics, bag => Place(config, loaded, files, bag));
        var expiries = new List<PersonalDataExpiry>(placed.MeetingExpiries);
        var decisions = new List<Decision>(loaded.Count);

        // Whether each decision is published as it was loaded (neither confidential nor marked, the
        // most of them): a lookup of what is remembered of it, for each of 20,000, on both cores.
        var asLoaded = new bool[loaded.Count];
        Parallel.For(0, loaded.Count, i => asLoaded[i] = !loaded[i].Law.Confidential && PersonalDataRedaction.NothingToRedact(loaded[i], cache));

        // What a lookup by id gives, by the instance too.
        var byInstance = new Dictionary<Decision, (AppealKind?, AppealPeriod?, MeetingId?)>(loaded.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < loaded.Count; i++)
        {
            var decision = loaded[i];
            var shown = asLoaded[i] ? decision : Publication.Of(decision, placed.ConfidentialKeys[i], placed.FirstExpiry[i], config, expiries, diagnostics, cache);

            // Two files with one id (the pairing reports them): a lookup by either instance gives the last one's, as by the id.
            byInstance[shown] = placed.OfEach[i];
            decisions.Add(shown);
        }

        return new Result(decisions, placed.ByDecision, placed.Meetings, expiries) { ByInstance = byInstance };
    }

    /// <summary>
    /// What the law gives each decision of <paramref name="loaded"/> (by its place there) and each
    /// meeting, from their fields alone: its meeting, appeal and period, the key it is published
    /// under, and the day its personal data leaves the site.
    /// </summary>
    private sealed record Placed(
        IReadOnlyDictionary<MeetingId, IReadOnlyList<Meeting>> Meetings,
        IReadOnlyList<PersonalDataExpiry> MeetingExpiries,
        string?[] ConfidentialKeys,
        AppealPeriod?[] FirstExpiry,
        (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting)[] OfEach,
        IReadOnlyDictionary<string, (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting)> ByDecision);

    private static Placed Place(SiteConfig config, IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> files, DiagnosticBag diagnostics)
    {
        var expiries = new List<PersonalDataExpiry>();
        // A meeting's marks leave the site on the day counted from the earliest 'minutes_public' of
        // its files, in every language: one that wrote a later day (or none) must not keep longer
        // what the other takes off.
        var earliest = files.Where(m => m.MinutesPublic is not null)
            .GroupBy(m => new MeetingId(m.Body, m.Date))
            .ToDictionary(g => g.Key, g => g.Min(m => m.MinutesPublic!.Value));
        CheckMinutesPublic(files, diagnostics);
        CheckAppeals(loaded, config, diagnostics);
        var meetingFiles = files.Select(m => Publication.Of(m, EarliestMinutes(earliest, new MeetingId(m.Body, m.Date)), config, expiries, diagnostics)).ToList();
        var meetings = meetingFiles
            .GroupBy(m => new MeetingId(m.Body, m.Date))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Meeting>)g.OrderBy(m => m.Language, StringComparer.Ordinal).ToList());
        CheckMeetingNumbers(meetingFiles, diagnostics);

        var byDecision = new Dictionary<string, (AppealKind?, AppealPeriod?, MeetingId?)>(StringComparer.Ordinal);
        var ids = new string[loaded.Count];
        var confidential = Publication.ConfidentialKeys(loaded, config, diagnostics);
        var confidentialKeys = new string?[loaded.Count];
        var law = new (AppealKind? Appeal, AppealPeriod? Period, MeetingId? Meeting, AppealPeriod? Expiry)[loaded.Count];
        for (var i = 0; i < loaded.Count; i++)
        {
            var decision = loaded[i];
            var meeting = FindMeeting(decision, meetings, diagnostics);
            var held = meeting is { } id && meetings.TryGetValue(id, out var found) ? found : [];
            if (held.Count > 0 && held.FirstOrDefault(m => m.Cancelled) is { } cancelled && !decision.Law.Withdrawn)
            {
                diagnostics.Warning(DiagnosticCodes.DecisionOnCancelledMeeting, decision.LocationOf(decision.Law.Meeting is null ? "date" : "meeting"),
                    $"the meeting of '{decision.Body}' on {IsoDate.Format(cancelled.Date)} was cancelled ({cancelled.File.Path}), so no decision was made there; correct the date (or 'meeting:'), or the meeting file's 'status:'");
            }

            var minutesPublic = MinutesPublic(held, decision.Language);
            if (DecisionStatuses.IsPending(decision) && minutesPublic is { } minutesOut && minutesOut <= config.BuildDate && !decision.Law.Withdrawn)
            {
                diagnostics.Warning(DiagnosticCodes.AgendaAfterMinutes, decision.LocationOf("status"),
                    $"the minutes of this meeting are public since {IsoDate.Format(minutesOut)}, but the item still says 'status: agenda' and shows as not yet decided; set 'status:' to what was decided and add 'decision:'");
            }

            var appeal = decision.Law.Appeal ?? config.AppealOf(decision.Body);
            var period = appeal is { } kind && minutesPublic is { } published ? AppealPeriod.Compute(kind, published) : null;
            if (appeal is { } needed && !decision.Law.Confidential && config.AppealText(needed, decision.Language) is null)
            {
                diagnostics.Error(DiagnosticCodes.AppealTextMissing, decision.LocationOf("appeal"),
                    $"no appeal instructions '{AppealKinds.Id(needed)}' in language '{decision.Language}': create templates/appeal/{AppealKinds.Id(needed)}.{decision.Language}.md");
            }

            var expiry = appeal is { } counted && meeting is { } met && EarliestMinutes(earliest, met) is { } first ? AppealPeriod.Compute(counted, first) : null;
            law[i] = (appeal, period, meeting, expiry);
        }

        // The page shows its own appeal period; its personal data leaves the site by the earliest
        // last day among its translations', so no language keeps it longer than another.
        var firstExpiry = new Dictionary<string, AppealPeriod>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.Count; i++)
        {
            if (law[i].Expiry is { } own && (!firstExpiry.TryGetValue(loaded[i].Key, out var known) || own.LastDay < known.LastDay))
            {
                firstExpiry[loaded[i].Key] = own;
            }

            confidentialKeys[i] = confidential.GetValueOrDefault(loaded[i]);
            var (appeal, period, meeting, _) = law[i];
            byDecision[ids[i] = DecisionId(loaded[i].Language, Publication.KeyOf(loaded[i], confidentialKeys[i]))] = (appeal, period, meeting);
        }

        // Of each decision, by its place: its id's (the last of two files with one id, as the pairing reports), and the first expiry of its key.
        var ofEach = new (AppealKind?, AppealPeriod?, MeetingId?)[loaded.Count];
        var expiryOfEach = new AppealPeriod?[loaded.Count];
        for (var i = 0; i < loaded.Count; i++)
        {
            ofEach[i] = byDecision[ids[i]];
            expiryOfEach[i] = firstExpiry.GetValueOrDefault(loaded[i].Key);
        }

        return new Placed(meetings.ToDictionary(), expiries, confidentialKeys, expiryOfEach, ofEach, byDecision);
    }

    // The marks of both languages leave the site by the earlier day (Apply); the later one is
    // still a mistake an editor should correct, as the page shows its own day.
    private static void CheckMinutesPublic(IReadOnlyList<Meeting> files, DiagnosticBag diagnostics)
    {
        foreach (var held in files.Where(m => m.MinutesPublic is not null).GroupBy(m => new MeetingId(m.Body, m.Date)))
        {
            var first = held.MinBy(m => m.MinutesPublic)!;
            foreach (var later in held.Where(m => m.MinutesPublic > first.MinutesPublic))
            {
                diagnostics.Warning(DiagnosticCodes.MinutesPublicDiffers, later.LocationOf("minutes_public"),
                    $"'minutes_public' is {IsoDate.Format(later.MinutesPublic!.Value)} here but {IsoDate.Format(first.MinutesPublic!.Value)} in {first.File.Path}, the same meeting in another language: the languages disagree on the day the minutes went public, and the personal data of both is taken off the site by the earlier day; write the day the minutes went public in both files");
            }
        }
    }

    // As above, for the appeal: each page shows its own period, and the personal data of both
    // leaves by the earlier last day. Translations of different organs are DP0023's to report.
    private static void CheckAppeals(IReadOnlyList<Decision> loaded, SiteConfig config, DiagnosticBag diagnostics)
    {
        var pairs = loaded
            .Where(d => !d.Law.Confidential && !d.Law.Withdrawn && (d.Law.Appeal ?? config.AppealOf(d.Body)) is not null)
            .GroupBy(d => d.Key, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any());
        foreach (var pair in pairs)
        {
            var files = pair.OrderBy(d => d.Language, StringComparer.Ordinal).ToList();
            var first = files[0];
            var kind = first.Law.Appeal ?? config.AppealOf(first.Body);
            foreach (var other in files.Skip(1).Where(d => d.Body == first.Body && (d.Law.Appeal ?? config.AppealOf(d.Body)) != kind))
            {
                // At the 'appeal:' written: the other file takes its organ's.
                var (at, unlike) = other.Law.Appeal is null && first.Law.Appeal is not null ? (first, other) : (other, first);
                diagnostics.Warning(DiagnosticCodes.AppealDiffers, at.LocationOf(at.Law.Appeal is null ? "body" : "appeal"),
                    $"the appeal is '{AppealKinds.Id((at.Law.Appeal ?? config.AppealOf(at.Body))!.Value)}' here but '{AppealKinds.Id((unlike.Law.Appeal ?? config.AppealOf(unlike.Body))!.Value)}' in {unlike.File.Path}, its translation: the languages disagree on the appeal, and the personal data of both is taken off the site by the earlier of the two last days; write the same 'appeal:' in both files, or remove it from both to take the organ's");
            }
        }
    }

    private static DateOnly? EarliestMinutes(Dictionary<MeetingId, DateOnly> earliest, MeetingId meeting) =>
        earliest.TryGetValue(meeting, out var day) ? day : null;

    // The minutes' day of publication of the decision's language, else of another; a loop, as
    // lambdas capturing the decision were two allocations for each of 20,000 decisions a build.
    private static DateOnly? MinutesPublic(IReadOnlyList<Meeting> held, string language)
    {
        DateOnly? other = null;
        foreach (var m in held)
        {
            if (m.MinutesPublic is { } day)
            {
                if (m.Language == language)
                {
                    return day;
                }

                other ??= day;
            }
        }

        return other;
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
            // A meeting known only from its decisions: it still gets a page and an agenda. Unless the
            // organ's file of that day has another number, which the page then shows.
            var sameDay = new MeetingId(decision.Body, decision.Date);
            if (meetings.TryGetValue(sameDay, out var files) && files.FirstOrDefault(f => f.Number is not null) is { } file)
            {
                diagnostics.Warning(DiagnosticCodes.MeetingNumberDiffers, decision.LocationOf("meeting"),
                    $"'meeting: {number}', but the meeting of '{decision.Body}' on {IsoDate.Format(decision.Date)} is number {file.Number} ({file.File.Path}), and its pages show that: correct 'meeting', or the meeting file's 'number'");
            }

            return sameDay;
        }

        var id = numbered.OrderBy(m => m.Date).First();
        if (id.Date != decision.Date)
        {
            diagnostics.Warning(DiagnosticCodes.MeetingDateDiffers, decision.LocationOf("meeting"),
                $"meeting {number} of '{decision.Body}' was held on {IsoDate.Format(id.Date)} ({meetings[id][0].File.Path}), but this decision's date is {IsoDate.Format(decision.Date)}");
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
                diagnostics.Error(DiagnosticCodes.DuplicateMeeting, file.LocationOf("number"), $"meeting {group.Key.Item3} of '{group.Key.Body}' is also {files[0].File.Path}; each meeting number belongs to one date");
            }
        }
    }

}
