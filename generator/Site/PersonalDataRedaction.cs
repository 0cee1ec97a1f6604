using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// Personal data marked in a decision or a meeting file, replaced by a placeholder once its
/// appeal period has ended by the build date; each piece is reported as a
/// <see cref="PersonalDataExpiry"/>. Only <see cref="Publication"/> calls it.
/// </summary>
internal static class PersonalDataRedaction
{
    internal static bool NothingToRedact(Decision decision, ModelCache? cache) =>
        decision.Law.Personal.Count == 0 && !(cache?.MayHavePersonalMarks(decision, MayHaveMarks) ?? MayHaveMarks(decision));

    internal static Decision Redact(Decision decision, SiteConfig config, AppealPeriod? period, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics, ModelCache? cache)
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
                Legal = law with { Dissent = law.Dissent.Select(x => new Dissent(PersonalDataMarks.Unmark(x.Name), x.Text is null ? null : PersonalDataMarks.Unmark(x.Text))).ToList() },
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
            Attachments = personal.Contains("attachments") ? [] : decision.Attachments,
            Legal = law with
            {
                Votes = personal.Contains("votes") && law.Votes is { } votes ? WithoutNames(votes) : law.Votes,
                Dissent = personal.Contains("dissent")
                    ? law.Dissent.Select(_ => new Dissent(placeholder, null)).ToList()
                    : law.Dissent.Select(x => new Dissent(PersonalDataMarks.RedactPlain(x.Name, placeholder), x.Text is null ? null : PersonalDataMarks.RedactPlain(x.Text, placeholder))).ToList(),
            },
        };
    }

    // Every mark ends in the suffix: a decision without it anywhere has nothing to redact.
    private static bool MayHaveMarks(Decision decision) =>
        decision.Markdown.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal)
        || decision.Title.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal)
        || decision.Proposal.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal)
        || (decision.DecisionText?.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal) ?? false)
        || decision.Law.Dissent.Any(x => x.Name.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal) || (x.Text?.Contains(PersonalDataMarks.Suffix, StringComparison.Ordinal) ?? false));

    // A meeting file's notes may mark personal data too; it expires with the organ's appeal period.
    internal static Meeting RedactMeeting(Meeting meeting, SiteConfig config, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics)
    {
        var lines = PersonalDataMarks.Lines(meeting.Markdown).ToList();
        if (lines.Count == 0)
        {
            return meeting;
        }

        var period = config.AppealOf(meeting.Body) is { } kind && meeting.MinutesPublic is { } published ? AppealPeriod.Compute(kind, published) : null;
        var expires = period?.PersonalDataExpires;
        var removed = expires is { } day && config.BuildDate >= day;
        expiries.AddRange(lines.Select(line => new PersonalDataExpiry(meeting.File with { Line = meeting.MarkdownFirstLine + line - 1 }, "text", expires, removed)));
        if (expires is null)
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataNeverExpires, meeting.File,
                "personal data is marked but cannot expire: the organ needs an appeal in site.yml (bodies.<id>.appeal) and this file a 'minutes_public' date");
        }

        var placeholder = config.Strings[meeting.Language].Text.GetValueOrDefault("personal_data_removed", "[…]");
        return removed ? meeting with { Markdown = PersonalDataMarks.RedactMarkdown(meeting.Markdown, placeholder) } : meeting;
    }

    private static Votes WithoutNames(Votes votes) => new(
        votes.For is null ? null : votes.For with { Names = [] },
        votes.Against is null ? null : votes.Against with { Names = [] },
        votes.Abstained is null ? null : votes.Abstained with { Names = [] },
        votes.Absent is null ? null : votes.Absent with { Names = [] });
}
