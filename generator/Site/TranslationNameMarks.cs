using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// A name that one file marks as personal data ('[[Anna Aho]]{.personal}') in its votes or
/// dissent, and its translation writes without the mark in its own, stayed on the translation's
/// page, in its search and open data after the last day; so did an attendee that one meeting file
/// marks and the meeting's file in the other language does not. A name is written alike in both
/// languages, so the slip can be seen: an error on the file that writes it unmarked
/// (<see cref="DiagnosticCodes.PersonalTranslationKept"/>, as <see cref="TranslationWithholding"/>
/// for a field listed under 'personal:'). The same holds for words marked in a text (the title, the
/// proposal, the preparation text, an attachment's title …) and written unmarked in the
/// translation's texts: a name is not translated, so its unmarked copy can be found.
/// </summary>
internal static class TranslationNameMarks
{
    /// <param name="cache">Whether a decision may mark anything at all, remembered by instance: a scan of every unchanged file's whole text after each of serve's edits is not needed.</param>
    /// <param name="forms">What tells a name's inflected forms, the Finnish dictionary's one.</param>
    public static void Check(IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> meetings, DiagnosticBag diagnostics, ModelCache cache, SurnameForms forms)
    {
        // Only the keys of files that mark a name can hold the slip (as TranslationWithholding
        // groups only marked keys): grouping every decision would be a pass over the site per rebuild.
        var marking = loaded.Where(d => !d.Law.Confidential && cache.MayHavePersonalMarks(d, PersonalDataRedaction.MayHaveMarks) && (Fields(d).Any(f => f.Names.Any(PersonalDataMarks.Has)) || Texts(d).Any(t => PersonalDataMarks.Has(t.Text))))
            .Select(d => d.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in loaded.Where(d => !d.Law.Confidential && marking.Contains(d.Key)).GroupBy(d => d.Key, StringComparer.Ordinal))
        {
            // What a key's files tell depends on those files alone: after an edit of another file it is told again as it was.
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            cache.ReportOf(nameof(TranslationNameMarks), files, diagnostics, diagnostics => CheckKey(files, forms, diagnostics));
        }

        foreach (var held in meetings.GroupBy(m => new MeetingId(m.Body, m.Date)))
        {
            var files = held.OrderBy(m => m.File.Path, StringComparer.Ordinal).ToList();
            foreach (var m in files)
            {
                var other = files.Where(o => o.Language != m.Language)
                    .Select(o => (o.File.Path, Marked: UnmarkedCopies.Marked(o.Attendees.Select(a => a.Name))))
                    .Select(o => (o.Path, Attendee: m.Attendees.FirstOrDefault(a => !PersonalDataMarks.Has(a.Name) && o.Marked.Contains(WordsAsRead.Key(a.Name)))))
                    .FirstOrDefault(o => o.Attendee is not null);
                if (other.Attendee is { } attendee)
                {
                    diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, attendee.Location,
                        $"words that {other.Path}, the same meeting's file in another language, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
                }

                CheckMeetingTexts(m, files, forms, diagnostics);
                CheckOwnMeetingCopies(m, forms, diagnostics);
            }
        }
    }

    // The checks of the files of one key, in the order of their paths.
    private static void CheckKey(List<Decision> files, SurnameForms forms, DiagnosticBag diagnostics)
    {
        // By instance: a decision is a record, and its value hash would read every field.
        var markedBy = new Dictionary<Decision, HashSet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var d in files)
        {
            markedBy[d] = MarkedWords(d);
        }

        foreach (var d in files)
        {
            foreach (var (field, names) in Fields(d))
            {
                var other = files.Where(o => o.Language != d.Language)
                    .Select(o => (o.File.Path, Marked: UnmarkedCopies.Marked(Fields(o).SelectMany(f => f.Names))))
                    .Select(o => (o.Path, Name: names.FirstOrDefault(n => !PersonalDataMarks.Has(n) && o.Marked.Contains(WordsAsRead.Key(n)))))
                    .FirstOrDefault(o => o.Name is not null);
                if (other.Name is not null)
                {
                    // Not quoted: a CI log outlives the last day.
                    diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, d.LocationOf(field),
                        $"words that {other.Path}, which has this file's key, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
                }
            }

            CheckTexts(d, files, markedBy, forms, diagnostics);
            CheckOwnCopies(d, markedBy[d], forms, diagnostics);
        }
    }

    // The names of votes and dissent, but of a field listed under 'personal:', which withholds them all.
    internal static IEnumerable<(string Field, IReadOnlyList<string> Names)> Fields(Decision d)
    {
        var law = d.Law;
        if (law.Votes is { } votes && !law.Personal.Contains("votes", StringComparer.Ordinal))
        {
            yield return ("votes", votes.Names().ToList());
        }

        if (law.Dissent.Count > 0 && !law.Personal.Contains("dissent", StringComparer.Ordinal))
        {
            yield return ("dissent", law.Dissent.Select(x => x.Name).ToList());
        }
    }

    // Each text of the file written unmarked where another language's file marks the same words.
    private static void CheckTexts(Decision d, List<Decision> files, Dictionary<Decision, HashSet<string>> markedBy, SurnameForms forms, DiagnosticBag diagnostics)
    {
        foreach (var other in files.Where(o => o.Language != d.Language && markedBy[o].Count > 0))
        {
            // A name of the votes or dissent that the other file marks in its own names is reported
            // above, at its field; one it marks only in a text is reported here.
            var markedAsNames = UnmarkedCopies.Marked(Fields(other).SelectMany(f => f.Names));
            foreach (var place in UnmarkedPlaces(d, markedBy[other], name => !markedAsNames.Contains(name), forms))
            {
                diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, place,
                    $"words that {other.File.Path}, which has this file's key, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
            }

            SurnameFirstNames.InDecision(d, markedBy[other].Except(markedBy[d], StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), other.File.Path, diagnostics);

            // The file's name is its page's address, which no mark can take back.
            var addressWords = Content.PersonalMarkCheck.AddressWords(markedBy[other]);
            if (Content.PersonalMarkCheck.AddressHolds(addressWords, d.Slug))
            {
                diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, d.File,
                    $"the file's name, which is the page's address, holds words that {other.File.Path}, which has this file's key, marks as personal data, and would keep them on the site after that file's last day; rename the file without them");
            }

            foreach (var (field, _) in Content.PersonalMarkCheck.Written(d, Content.PersonalMarkCheck.Identifiers(d))
                .Where(i => !PersonalDataMarks.Has(i.Text) && Content.PersonalMarkCheck.AddressHolds(addressWords, i.Text)).DistinctBy(i => i.Field))
            {
                diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, d.LocationOf(field),
                    $"'{field}' is an identifier or an address and is always published, and it holds words that {other.File.Path}, which has this file's key, marks as personal data, which would stay on the site after that file's last day; write it without them");
            }

            var linkWords = Content.PersonalMarkCheck.LinkWords(addressWords);
            foreach (var location in Content.LinkAddresses.Of(d).Where(link => Content.PersonalMarkCheck.AddressHolds(linkWords, link.Address)).Select(link => link.Location).Distinct())
            {
                diagnostics.Warning(DiagnosticCodes.PersonalDataInAddress, location,
                    $"this address (of a link, or written in the text) holds words that {other.File.Path}, which has this file's key, marks as personal data, and is published as written, so they would stay on the site after that file's last day; write it without them");
            }
        }
    }

    // Words the file marks in one place and writes unmarked in another (a name marked where it
    // first appears, not in the next paragraph or the votes): the unmarked copy outlives the last day.
    private static void CheckOwnCopies(Decision d, HashSet<string> marked, SurnameForms forms, DiagnosticBag diagnostics)
    {
        var places = UnmarkedPlaces(d, marked, _ => true, forms).ToList();
        foreach (var place in places)
        {
            diagnostics.Error(DiagnosticCodes.PersonalMarkMissed, place,
                $"words this file marks as personal data elsewhere are written here without the mark, and would stay on the site after the last day; mark them here too: [[…]]{{.personal}}");
        }

        SurnameFirstNames.InDecision(d, marked, null, diagnostics);
        SurnameAlone(Found(d, text => UnmarkedCopies.FirstSurnameAlone(text, marked, d.Language, forms)).Except(places), diagnostics);
    }

    // The surname of a marked name written alone (in any form) may be the same person's, or a
    // relative's, an official's of the same name or a word at the start of a sentence: a warning.
    private static void SurnameAlone(IEnumerable<SourceLocation> places, DiagnosticBag diagnostics)
    {
        foreach (var place in places.Distinct())
        {
            diagnostics.Warning(DiagnosticCodes.PersonalSurnameAlone, place,
                $"the surname of a name this file marks as personal data is written here unmarked, without the marked given name (inflected or not), and if it means the same person it would stay on the site after the last day; mark it here too: [[…]]{{.personal}}");
        }
    }

    // Where the file writes any of the marked words without a mark: a field of names holding one
    // (that <paramref name="counts"/>), or the place in a text, each place once.
    internal static IEnumerable<SourceLocation> UnmarkedPlaces(Decision d, HashSet<string> marked, Func<string, bool> counts, SurnameForms forms)
    {
        if (marked.Count == 0)
        {
            return [];
        }

        return Fields(d).Where(f => f.Names.Any(n => !PersonalDataMarks.Has(n) && marked.Contains(WordsAsRead.Key(n)) && counts(WordsAsRead.Key(n))))
            .Select(f => d.LocationOf(f.Field))
            .Concat(Found(d, text => UnmarkedCopies.First(text, marked, d.Language, forms)))
            .Distinct();
    }

    // Where <paramref name="find"/> finds something in the decision's texts: a field at its value, the body at the place found.
    internal static IEnumerable<SourceLocation> Found(Decision d, Func<string, int> find) =>
        Texts(d).Select(t => (t.Field, t.Text, At: find(t.Text))).Where(t => t.At >= 0)
            .Select(t => t.Field == "text" ? SourceLocation.InText(d.File.Path, d.MarkdownFirstLine, t.Text, t.At) : d.LocationOf(t.Field));

    // Where <paramref name="find"/> finds something in a meeting file: its place and its attendees' roles at their values, its notes at the place found.
    internal static IEnumerable<SourceLocation> Found(Meeting m, Func<string, int> find) =>
        new[] { (Text: m.Place, Location: m.LocationOf("place")) }.Concat(m.Attendees.Select(a => (Text: a.Role, Location: a.RoleLocation ?? a.Location)))
            .Where(f => f.Text is not null && find(f.Text) >= 0).Select(f => f.Location)
            .Concat(find(m.Markdown) is var at and >= 0 ? [SourceLocation.InText(m.File.Path, m.MarkdownFirstLine, m.Markdown, at)] : Array.Empty<SourceLocation>());

    // The texts that marks expire in, but a field listed under 'personal:', which withholds it all.
    internal static IEnumerable<(string Field, string Text)> Texts(Decision d)
    {
        var personal = d.Law.Personal;
        bool Open(string field) => !personal.Contains(field, StringComparer.Ordinal);
        if (Open("title"))
        {
            yield return ("title", d.Title);
        }

        if (Open("proposal"))
        {
            yield return ("proposal", d.Proposal);
        }

        if (Open("decision") && d.DecisionText is { } decision)
        {
            yield return ("decision", decision);
        }

        if (Open("previous") && d.Law.Previous is { } previous)
        {
            yield return ("previous", previous);
        }

        if (Open("attachments"))
        {
            foreach (var attachment in d.Attachments)
            {
                yield return ("attachments", attachment.Title);
            }
        }

        if (Open("dissent"))
        {
            foreach (var dissent in d.Law.Dissent.Where(x => x.Text is not null))
            {
                yield return ("dissent", dissent.Text!);
            }
        }

        yield return ("text", d.Markdown);
    }

    // Every word a file marks, in its names and its texts.
    internal static HashSet<string> MarkedWords(Decision d)
    {
        var words = UnmarkedCopies.Marked(Fields(d).SelectMany(f => f.Names));
        foreach (var (_, text) in Texts(d).Where(t => PersonalDataMarks.MayHave(t.Text)))
        {
            words.UnionWith(UnmarkedCopies.MarkedIn(text));
        }

        return words;
    }

    // A meeting file's place, notes and attendees' roles written unmarked where the same meeting's
    // file in another language marks the same words (in those or in its attendees' names).
    private static void CheckMeetingTexts(Meeting m, List<Meeting> files, SurnameForms forms, DiagnosticBag diagnostics)
    {
        foreach (var other in files.Where(o => o.Language != m.Language))
        {
            var marked = MeetingMarkedWords(other);
            if (marked.Count == 0)
            {
                continue;
            }

            foreach (var place in UnmarkedInMeeting(m, marked, forms))
            {
                diagnostics.Error(DiagnosticCodes.PersonalTranslationKept, place,
                    $"words that {other.File.Path}, the same meeting's file in another language, marks as personal data are written here without the mark, and would stay on the site after that file's last day; mark them here too: [[…]]{{.personal}}");
            }

            SurnameFirstNames.InMeeting(m, marked.Except(MeetingMarkedWords(m), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal), other.File.Path, diagnostics);

            foreach (var place in NotesLinksHolding(m, marked))
            {
                diagnostics.Warning(DiagnosticCodes.PersonalDataInAddress, place,
                    $"this address (of a link, or written in the text) holds words that {other.File.Path}, the same meeting's file in another language, marks as personal data, and is published as written, so they would stay on the site after that file's last day; write it without them");
            }
        }
    }

    // Words a meeting file marks in one place (an attendee, the place) and writes unmarked in
    // another (the notes, another attendee): the unmarked copy stays on the meeting page.
    private static void CheckOwnMeetingCopies(Meeting m, SurnameForms forms, DiagnosticBag diagnostics)
    {
        var marked = MeetingMarkedWords(m);
        if (marked.Count == 0)
        {
            return;
        }

        var names = m.Attendees.Where(a => !PersonalDataMarks.Has(a.Name) && marked.Contains(WordsAsRead.Key(a.Name))).Select(a => a.Location);
        foreach (var place in UnmarkedInMeeting(m, marked, forms).Concat(names))
        {
            diagnostics.Error(DiagnosticCodes.PersonalMarkMissed, place,
                $"words this file marks as personal data elsewhere are written here without the mark, and would stay on the site after the last day; mark them here too: [[…]]{{.personal}}");
        }

        foreach (var place in NotesLinksHolding(m, marked))
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataInAddress, place,
                $"this address (of a link, or written in the text) holds words this file marks as personal data, and is published as written, so they would stay on the site after the last day; write it without them, or write the address as text in the mark: [[etunimi.sukunimi@example.fi]]{{.personal}}");
        }

        SurnameFirstNames.InMeeting(m, marked, null, diagnostics);
        SurnameAlone(Found(m, text => UnmarkedCopies.FirstSurnameAlone(text, marked, m.Language, forms)).Except(UnmarkedInMeeting(m, marked, forms)), diagnostics);
    }

    // The links of a meeting's notes whose addresses hold the words, compared as addresses are made.
    private static IEnumerable<SourceLocation> NotesLinksHolding(Meeting m, HashSet<string> marked)
    {
        var words = Content.PersonalMarkCheck.LinkWords(Content.PersonalMarkCheck.AddressWords(marked));
        return words.Count == 0 ? [] : Content.LinkAddresses.In(m.Markdown, m.File.Path, m.MarkdownFirstLine)
            .Where(link => Content.PersonalMarkCheck.AddressHolds(words, link.Address)).Select(link => link.Location).Distinct();
    }

    // Where a meeting file writes the words unmarked: each field at its value (the place, a role), the notes at the words.
    internal static IEnumerable<SourceLocation> UnmarkedInMeeting(Meeting m, HashSet<string> marked, SurnameForms forms) =>
        Found(m, text => UnmarkedCopies.First(text, marked, m.Language, forms));

    // Every word a meeting file marks, in its attendees' names and its texts.
    internal static HashSet<string> MeetingMarkedWords(Meeting m)
    {
        var marked = UnmarkedCopies.Marked(m.Attendees.Select(a => a.Name));
        foreach (var text in MeetingTexts(m).Where(PersonalDataMarks.MayHave))
        {
            marked.UnionWith(UnmarkedCopies.MarkedIn(text));
        }

        return marked;
    }

    // The place, the attendees' roles, then the notes.
    private static IEnumerable<string> MeetingTexts(Meeting m) =>
        new[] { m.Place }.Concat(m.Attendees.Select(a => a.Role)).OfType<string>().Append(m.Markdown);
}
