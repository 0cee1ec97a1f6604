using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;
using DecisionsPortal.Markup.PersonalData;

namespace DecisionsPortal.Site;

/// <summary>
/// Personal data marked in a decision or a meeting file, replaced by a placeholder once its
/// appeal period has ended by the build date (in a decision's listings, feeds, search and data
/// from the start: only its own page shows the data until then); each piece is reported as a
/// <see cref="PersonalDataExpiry"/>. Only <see cref="Publication"/> calls it.
/// </summary>
internal static class PersonalDataRedaction
{
    internal static bool NothingToRedact(Decision decision, ModelCache cache) =>
        decision.Law.Personal.Count == 0 && !cache.MayHavePersonalMarks(decision, MayHaveMarks);

    internal static Decision Redact(Decision decision, SiteConfig config, AppealPeriod? period, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics, ModelCache cache)
    {
        var law = decision.Law;
        if (NothingToRedact(decision, cache))
        {
            return decision;
        }

        var marked = PersonalDataMarks.Lines(decision.Markdown)
            .Select(line => (Location: decision.File with { Line = law.MarkdownFirstLine + line - 1, Column = 1 }, Field: "text")).ToList();

        foreach (var (field, text) in new[] { ("title", decision.Title), ("proposal", decision.Proposal), ("decision", decision.DecisionText), ("previous", law.Previous) })
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

        if (law.Votes is { } marks && marks.Names().Any(PersonalDataMarks.Has))
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

        var placeholder = config.Strings[decision.Language].Text.GetValueOrDefault("personal_data_removed", "[…]");
        var listed = Redacted(decision, placeholder);
        if (removed)
        {
            return listed with { PersonalDataRemovedOn = expires };
        }

        // Until its last day the data shows on the decision's own page only, which search engines
        // are asked not to index; listings, feeds, search and open data show the decision as it
        // will be after that day, so no copy of theirs holds the data longer than the page.
        return listed with
        {
            AsShownOnItsPage = decision with
            {
                PersonalNames = MarkedNames(law),
                Title = PersonalDataMarks.Unmark(decision.Title),
                Attachments = decision.Attachments.Select(a => a with { Title = PersonalDataMarks.Unmark(a.Title) }).ToList(),
                Legal = law with
                {
                    Votes = law.Votes is { } shown ? MapNames(shown, PersonalDataMarks.Unmark) : null,
                    Dissent = law.Dissent.Select(x => new Dissent(PersonalDataMarks.Unmark(x.Name), x.Text is null ? null : PersonalDataMarks.Unmark(x.Text))).ToList(),
                },
            },
        };
    }

    // The decision with its personal data replaced by the placeholder, and without the files
    // under 'personal:' (published beside its page until their last day: Decision.PublishedFiles).
    private static Decision Redacted(Decision decision, string placeholder)
    {
        var law = decision.Law;
        var personal = law.Personal;
        return decision with
        {
            Title = personal.Contains("title") ? placeholder : PersonalDataMarks.RedactPlain(decision.Title, placeholder),
            Markdown = PersonalDataMarkdown.Redact(decision.Markdown, placeholder),
            Proposal = personal.Contains("proposal") ? PersonalDataMarks.EscapeMarkdown(placeholder) : PersonalDataMarkdown.Redact(decision.Proposal, placeholder),
            DecisionText = decision.DecisionText is null ? null
                : personal.Contains("decision") ? PersonalDataMarks.EscapeMarkdown(placeholder) : PersonalDataMarkdown.Redact(decision.DecisionText, placeholder),
            Attachments = personal.Contains("attachments") ? []
                : decision.Attachments.Select(a => a with { Title = PersonalDataMarks.RedactPlain(a.Title, placeholder) }).ToList(),
            Legal = law with
            {
                // The earlier text of a decision marked personal as a whole is as personal as the decision.
                Previous = law.Previous is null ? null
                    : personal.Contains("previous") || personal.Contains("decision") ? PersonalDataMarks.EscapeMarkdown(placeholder) : PersonalDataMarkdown.Redact(law.Previous, placeholder),
                Votes = law.Votes is not { } votes ? null
                    : personal.Contains("votes") ? votes.MapSides(side => side with { Names = [] })
                    : MapNames(votes, name => PersonalDataMarks.RedactPlain(name, placeholder)),
                Dissent = personal.Contains("dissent")
                    ? law.Dissent.Select(_ => new Dissent(placeholder, null)).ToList()
                    : law.Dissent.Select(x => new Dissent(PersonalDataMarks.RedactPlain(x.Name, placeholder), x.Text is null ? null : PersonalDataMarks.RedactPlain(x.Text, placeholder))).ToList(),
            },
        };
    }

    // A decision with no text that may hold a mark has nothing to redact.
    /// <summary>Whether any text or name of the decision may hold a mark (<see cref="PersonalDataMarks.MayHave"/>): false rules every mark out.</summary>
    internal static bool MayHaveMarks(Decision decision) => decision.MarkableTexts().Any(PersonalDataMarks.MayHave);

    // A meeting file's notes, place and attendees may mark personal data too; it expires with the organ's appeal period.
    internal static Meeting RedactMeeting(Meeting meeting, DateOnly? minutesPublic, SiteConfig config, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics)
    {
        var marked = new List<(SourceLocation Location, string Field)>();
        if (PersonalDataMarks.Has(meeting.Place))
        {
            marked.Add((meeting.LocationOf("place"), "place"));
        }

        if (meeting.Attendees.FirstOrDefault(a => PersonalDataMarks.Has(a.Name) || PersonalDataMarks.Has(a.Role)) is { } attendee)
        {
            marked.Add((PersonalDataMarks.Has(attendee.Name) ? attendee.Location : attendee.RoleLocation ?? attendee.Location, "attendees"));
        }

        marked.AddRange(PersonalDataMarks.Lines(meeting.Markdown).Select(line => (meeting.File with { Line = meeting.MarkdownFirstLine + line - 1 }, "text")));
        if (marked.Count == 0)
        {
            return meeting;
        }

        var period = config.AppealOf(meeting.Body) is { } kind && minutesPublic is { } published ? AppealPeriod.Compute(kind, published) : null;
        var expires = period?.PersonalDataExpires;
        var removed = expires is { } day && config.BuildDate >= day;
        expiries.AddRange(marked.Select(m => new PersonalDataExpiry(m.Location, m.Field, expires, removed)));
        if (expires is null)
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataNeverExpires, marked[0].Location,
                "personal data is marked but cannot expire: the organ needs an appeal in site.yml (bodies.<id>.appeal) and this file a 'minutes_public' date");
        }

        var placeholder = config.Strings[meeting.Language].Text.GetValueOrDefault("personal_data_removed", "[…]");
        var listed = Shown(meeting, name => PersonalDataMarks.RedactPlain(name, placeholder)) with { Markdown = PersonalDataMarkdown.Redact(meeting.Markdown, placeholder) };
        return removed ? listed with { PersonalDataRemovedOn = expires } : listed with { AsShownOnItsPage = Shown(meeting, PersonalDataMarks.Unmark) };
    }

    // The file with each marked place, name and role as the text shows it.
    private static Meeting Shown(Meeting meeting, Func<string, string> plain) => meeting with
    {
        PersonalNames = meeting.Attendees.Where(a => PersonalDataMarks.Has(a.Name)).Select(a => plain(a.Name)).ToHashSet(StringComparer.Ordinal),
        Place = meeting.Place is null ? null : plain(meeting.Place),
        Attendees = meeting.Attendees.Select(a => a with { Name = plain(a.Name), Role = a.Role is null ? null : plain(a.Role) }).ToList(),
    };

    // A name with a mark anywhere in it, and every name of a field listed under 'personal:'.
    private static HashSet<string> MarkedNames(LegalFields law)
    {
        var votes = law.Votes?.Names() ?? [];
        var dissent = law.Dissent.Select(x => x.Name);
        var marked = (law.Personal.Contains("votes") ? votes : votes.Where(PersonalDataMarks.Has))
            .Concat(law.Personal.Contains("dissent") ? dissent : dissent.Where(PersonalDataMarks.Has));
        return marked.Select(PersonalDataMarks.Unmark).ToHashSet(StringComparer.Ordinal);
    }

    private static Votes MapNames(Votes votes, Func<string, string> map) =>
        votes.MapSides(side => side with { Names = side.Names.Select(map).ToList() });
}
