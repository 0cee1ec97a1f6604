using DecisionsPortal.Authoring;
using DecisionsPortal.Content;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Import;

/// <summary>
/// The decision file of an import: a draft whose front matter starts with the review notes
/// (every repaired word, every word left as written, a derived title), so the person who
/// reviews it sees them where they edit, in the file's language.
/// </summary>
public static class ImportedDecisionWriter
{
    public static string Write(ImportedDecision decision)
    {
        var language = decision.Language;
        var text = new StringBuilder("---\n");
        void Note(StringBuilder text, string key, string? argument = null) =>
            text.Append("# ").Append(FieldHelp.For(language, key, argument)).Append('\n');
        Note(text, "import_intro", decision.SourceName);
        if (!decision.Repaired)
        {
            Note(text, "import_no_repair");
        }

        if (decision.TitleDerived)
        {
            Note(text, "import_title");
        }

        var repaired = decision.Words.Where(w => w.IsRepaired).ToList();
        if (repaired.Count > 0)
        {
            Note(text, "import_repaired");
            foreach (var word in repaired)
            {
                text.Append(CultureInfo.InvariantCulture, $"#   {word.Line}: {word.Original} → {word.Repaired}\n");
            }
        }

        var review = decision.Words.Where(w => !w.IsRepaired).ToList();
        if (review.Count > 0)
        {
            Note(text, "import_review");
            foreach (var word in review)
            {
                var options = word.Candidates.Count > 0 ? $" ({FieldHelp.For(language, "import_could_be", string.Join(", ", word.Candidates))})" : "";
                text.Append(CultureInfo.InvariantCulture, $"#   {word.Line}: {word.Original}{options}\n");
            }
        }

        text.Append($"title: {DecisionFileWriter.Quote(decision.Title)}\n");
        text.Append($"date: {IsoDate.Format(decision.Date)}\n");
        text.Append($"body: {decision.Body}\n");
        Person(text, "preparer", decision.Preparer);
        Person(text, "presenter", decision.Presenter);
        Block(text, "proposal", decision.Proposal);
        if (decision.Decision.Count > 0)
        {
            Block(text, "decision", decision.Decision);
        }

        text.Append("draft: true\n---\n");
        foreach (var line in decision.Preparation)
        {
            text.Append(line.TrimStart()).Append('\n');
        }

        return text.ToString();
    }

    private static void Person(StringBuilder text, string field, Person person)
    {
        text.Append($"{field}:\n  name: {DecisionFileWriter.Quote(person.Name)}\n");
        if (person.Title is not null)
        {
            text.Append($"  title: {DecisionFileWriter.Quote(person.Title)}\n");
        }
    }

    // A literal block keeps the lines as they are; indentation inside it is ours, so lines are trimmed.
    private static void Block(StringBuilder text, string field, IReadOnlyList<string> lines)
    {
        text.Append($"{field}: |\n");
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            text.Append(trimmed.Length == 0 ? "\n" : $"  {trimmed}\n");
        }
    }
}
