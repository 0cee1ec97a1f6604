using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Content;

/// <summary>
/// A personal-data mark that is almost right would be published as it is written and never
/// expire, so it is an error at its line. The file is read as written (front matter and text),
/// so the line and column are where the editor typed it, whatever field or paragraph it is in.
/// </summary>
public static class PersonalMarkCheck
{
    public static void Check(string shownPath, FrontMatter file, DiagnosticBag diagnostics)
    {
        foreach (var (text, firstLine) in new[] { (file.Yaml, file.YamlFirstLine), (file.Markdown, file.MarkdownFirstLine) })
        {
            foreach (var (line, column, problem) in PersonalDataMarks.NearMisses(text))
            {
                diagnostics.Error(DiagnosticCodes.PersonalMarkMalformed, new SourceLocation(shownPath, firstLine + line - 1, column), problem);
            }
        }
    }

    /// <summary>
    /// The preparer and presenter are the officials who answer for a decision: their names name
    /// person pages and addresses, so a mark there could not be taken out of the site; refused.
    /// </summary>
    public static void CheckOfficials(Decision decision, DiagnosticBag diagnostics)
    {
        foreach (var (field, person) in new[] { ("preparer", decision.Preparer), ("presenter", decision.Presenter) })
        {
            if (PersonalDataMarks.Has(person.Name) || PersonalDataMarks.Has(person.Title))
            {
                diagnostics.Error(DiagnosticCodes.PersonalMarkNotRead, decision.LocationOf(field),
                    $"'{field}' names the official who answers for the decision and is always published, so it cannot hold a personal-data mark; remove [[ ]]{{.personal}} from it");
            }
        }

        // Identifiers and addresses: they name pages and files, so a mark in them could never be
        // taken out of the site either.
        var identifiers = Identifiers(decision);
        string? reported = null;
        foreach (var (field, text) in identifiers)
        {
            // Once a field: its identifiers are side by side in the list.
            if (field == reported || !PersonalDataMarks.Has(text))
            {
                continue;
            }

            reported = field;
            diagnostics.Error(DiagnosticCodes.PersonalMarkNotRead, decision.LocationOf(field),
                $"'{field}' is an identifier or an address and is always published, so it cannot hold a personal-data mark; remove [[ ]]{{.personal}} from it");
        }

        CheckAddresses(decision, identifiers, diagnostics);
    }

    /// <summary>
    /// Words the file marks, written in its file name (the page's address, in every listing, feed,
    /// sitemap and data file) or in an identifier, stay there after the last day, since no address
    /// can be taken out of the site; 'new' made the file name from a title holding a mark. Compared
    /// as addresses are made (<see cref="Slugs"/>), so 'Meikäläinen' is found in '-meikalainen-'.
    /// </summary>
    private static void CheckAddresses(Decision decision, List<(string Field, string? Text)> identifiers, DiagnosticBag diagnostics)
    {
        var marked = AddressWords(PersonalWords(decision));
        if (marked.Count == 0)
        {
            return;
        }

        bool Holds(string? text) => AddressHolds(marked, text);

        if (Holds(decision.Slug))
        {
            diagnostics.Error(DiagnosticCodes.PersonalMarkMissed, decision.File,
                $"the file's name, which is the page's address on every listing, feed and data file, holds words this file marks as personal data, and would keep them on the site after the last day; rename the file without them");
        }

        foreach (var (field, _) in Written(decision, identifiers).Where(i => !PersonalDataMarks.Has(i.Text) && Holds(i.Text)).DistinctBy(i => i.Field))
        {
            diagnostics.Error(DiagnosticCodes.PersonalMarkMissed, decision.LocationOf(field),
                $"'{field}' is an identifier or an address and is always published, and it holds words this file marks as personal data, which would stay on the site after the last day; write it without them");
        }

        var linkWords = LinkWords(marked);
        foreach (var location in LinkAddresses.Of(decision).Where(link => AddressHolds(linkWords, link.Address)).Select(link => link.Location).Distinct())
        {
            diagnostics.Warning(DiagnosticCodes.PersonalDataInAddress, location,
                $"this address (of a link, or written in the text) holds words this file marks as personal data, and is published as written, so they would stay on the site after the last day; write it without them, or write the address as text in the mark: [[etunimi.sukunimi@example.fi]]{{.personal}}");
        }
    }

    /// <summary>The identifiers and addresses a decision writes, always published: its diary number, its key, its attachments' files and its aliases.</summary>
    internal static List<(string Field, string? Text)> Identifiers(Decision decision)
    {
        var identifiers = new List<(string Field, string? Text)> { ("dnro", decision.Dnro), ("key", decision.Key) };
        identifiers.AddRange(decision.Attachments.Select(a => ("attachments", (string?)a.File)));
        identifiers.AddRange(decision.Aliases.Select(a => ("aliases", (string?)a.Path)));
        return identifiers;
    }

    /// <summary>Those of the <see cref="Identifiers"/> the file writes: the key is the file's path unless written.</summary>
    internal static IEnumerable<(string Field, string? Text)> Written(Decision decision, List<(string Field, string? Text)> identifiers) =>
        identifiers.Where(i => i.Field != "key" || decision.FieldLocations.ContainsKey("key"));

    /// <summary>
    /// Marked words as an address writes them ('-meikalainen-'), those an address can be told to
    /// hold: not a number alone ('[[3]]'), nor one short word ('[[Koski]]', rapids; '[[Kuusi]]',
    /// six), which many an address holds in its other sense and no address can tell by its capital.
    /// </summary>
    internal static HashSet<string> AddressWords(IEnumerable<string> marked) => marked.Select(Slugs.Words)
        .Where(words => words.Contains('-') ? words.Any(char.IsAsciiLetter) || words.Length >= 5 : words.Length >= 6 && words.Any(char.IsAsciiLetter))
        .Select(words => $"-{words}-")
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The <see cref="AddressWords"/> looked for in links' and e-mail addresses: marks of two words
    /// or more only. A surname alone is often a place or a word too (Laurila, Strand), and the
    /// addresses of other sites hold them in that sense (https://www.kemi.fi/strand/uimaranta).
    /// Not in another order: a name surname first is a place in other sites' addresses too (Mäki-Matti).
    /// </summary>
    internal static HashSet<string> LinkWords(HashSet<string> addressWords) =>
        addressWords.Where(words => words.AsSpan(1, words.Length - 2).Contains('-')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the address (a file name, a key, an alias …) holds any of the <see cref="AddressWords"/>.</summary>
    internal static bool AddressHolds(HashSet<string> addressWords, string? text) =>
        text is not null && $"-{Slugs.Words(text)}-" is var address && addressWords.Any(words => address.Contains(words, StringComparison.Ordinal));

    // The words of every mark of the file, in its texts and its names; and the title when 'personal:'
    // lists it ('new' makes the file name from the title). The names of votes or dissent that it
    // lists are not: it withholds who voted how or dissented, and the same names stay public elsewhere.
    private static IEnumerable<string> PersonalWords(Decision decision)
    {
        var whole = (decision.Law.Personal.Contains("title", StringComparer.Ordinal) ? [decision.Title] : Enumerable.Empty<string>())
            .Select(PersonalDataMarks.Unmark);
        return decision.MarkableTexts().Where(PersonalDataMarks.MayHave).SelectMany(t => PersonalDataMarks.Pattern().Matches(t!)).Select(PersonalDataMarks.Words).Concat(whole);
    }
}
