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
        var identifiers = new List<(string Field, string? Text)> { ("dnro", decision.Dnro), ("key", decision.Key) };
        identifiers.AddRange(decision.Attachments.Select(a => ("attachments", (string?)a.File)));
        identifiers.AddRange(decision.Aliases.Select(a => ("aliases", (string?)a.Path)));
        foreach (var (field, text) in identifiers.Where(i => PersonalDataMarks.Has(i.Text)).DistinctBy(i => i.Field))
        {
            diagnostics.Error(DiagnosticCodes.PersonalMarkNotRead, decision.LocationOf(field),
                $"'{field}' is an identifier or an address and is always published, so it cannot hold a personal-data mark; remove [[ ]]{{.personal}} from it");
        }
    }
}
