using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Import;

/// <summary>
/// Finds the sections of legacy minutes: the preparation ("Valmistelu", then the preparer and a
/// date on the next line), the presenter ("Esittelijä") and the proposal ("Päätösehdotus"),
/// optionally followed by the decision ("Päätös"). A text without them is an error naming what is missing.
/// </summary>
public static partial class LegacyMinutesParser
{
    public static LegacyMinutes? Parse(string shownPath, string text, SectionHeadings headings, DiagnosticBag diagnostics)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select((t, i) => new SourceLine(i + 1, t)).ToList();
        var preparation = Find(lines, headings.Preparation, 0);
        var presenter = Find(lines, headings.Presenter, preparation?.Index ?? 0);
        var proposal = Find(lines, headings.Proposal, presenter?.Index ?? 0);
        var missing = new[] { (preparation, headings.Preparation), (presenter, headings.Presenter), (proposal, headings.Proposal) }
            .Where(x => x.Item1 is null)
            .Select(x => $"'{x.Item2}'")
            .ToList();
        if (missing.Count > 0 || preparation is null || presenter is null || proposal is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportMissingSection, new SourceLocation(shownPath),
                missing.Count == 1
                    ? MessageText.Of($"missing the section {missing[0]}: legacy minutes need lines that start with '{headings.Preparation}' (with the preparer and the date on the next line), '{headings.Presenter}' and '{headings.Proposal}', in that order")
                    : MessageText.Of($"missing the sections {string.Join(", ", missing)}: legacy minutes need lines that start with '{headings.Preparation}' (with the preparer and the date on the next line), '{headings.Presenter}' and '{headings.Proposal}', in that order"));
            return null;
        }

        var preparerLine = FirstLine(lines, preparation.Value, presenter.Value.Index);
        var dated = preparerLine is null ? null : (Match?)PreparerAndDate().Match(preparerLine.Text);
        if (preparerLine is null || dated is not { Success: true }
            || !DateOnly.TryParseExact($"{dated.Groups["d"].Value}.{dated.Groups["m"].Value}.{dated.Groups["y"].Value}", "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Error(DiagnosticCodes.ImportMissingSection, new SourceLocation(shownPath, preparerLine?.Number ?? lines[preparation.Value.Index].Number, 1),
                $"the line after '{headings.Preparation}' must give the preparer and the date, e.g. 'Hallintojohtaja Maija Meikäläinen 29.1.2025'");
            return null;
        }

        var presenterLine = FirstLine(lines, presenter.Value, proposal.Value.Index);
        if (presenterLine is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportMissingSection, new SourceLocation(shownPath, lines[presenter.Value.Index].Number, 1),
                $"'{headings.Presenter}' must be followed by the presenter's office and name, e.g. '{headings.Presenter} Kaupunginjohtaja Matti Meikäläinen'");
            return null;
        }

        var decision = Find(lines, headings.Decision, proposal.Value.Index + 1);
        var proposalEnd = decision?.Index ?? lines.Count;
        var preparationStart = lines.IndexOf(preparerLine) + 1;
        var proposalLines = Section(lines, proposal.Value, proposalEnd);
        var decisionLines = decision is null ? [] : Section(lines, decision.Value, lines.Count);

        // A heading line before "Valmistelu" ("§ 12 Osallistuminen …") is the title, when the text has one.
        var title = lines.Take(preparation.Value.Index).LastOrDefault(l => TitleText(l.Text).Length > 0);
        return new LegacyMinutes(
            title is null ? null : title with { Text = TitleText(title.Text) },
            PersonOf(dated.Groups["who"].Value),
            preparerLine,
            date,
            PersonOf(presenterLine.Text),
            presenterLine,
            Trim(lines.Skip(preparationStart).Take(presenter.Value.Index - preparationStart)),
            Trim(proposalLines),
            Trim(decisionLines));
    }

    /// <summary>"Hallinto- ja kehitysjohtaja Jukka Vilen": the office first, then first and last name.</summary>
    public static Person PersonOf(string text) => DegreeInName.FromLine(text.Trim());

    private static string TitleText(string line) => SectionMark().Replace(line, "").Trim();

    // A section's first line of text: what follows its heading on the heading's line, else the first
    // line below it with text, before the next heading.
    private static SourceLine? FirstLine(List<SourceLine> lines, (int Index, string After) section, int next) =>
        section.After.Length > 0
            ? new SourceLine(lines[section.Index].Number, section.After)
            : lines.Skip(section.Index + 1).Take(next - section.Index - 1).FirstOrDefault(l => l.Text.Trim().Length > 0);

    // A section's lines: what follows its heading on the heading's line, then the lines below it
    // before 'next' (an empty first line is trimmed away with the others).
    private static IEnumerable<SourceLine> Section(List<SourceLine> lines, (int Index, string After) section, int next) =>
        lines.Skip(section.Index + 1).Take(next - section.Index - 1).Prepend(new SourceLine(lines[section.Index].Number, section.After));

    private static (int Index, string After)? Find(List<SourceLine> lines, string heading, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (SectionHeadings.Match(heading, lines[i].Text) is { } rest)
            {
                return (i, rest);
            }
        }

        return null;
    }

    private static IReadOnlyList<SourceLine> Trim(IEnumerable<SourceLine> lines)
    {
        var list = lines.Select(l => l with { Text = l.Text.TrimEnd() }).ToList();
        var start = list.FindIndex(l => l.Text.Length > 0);
        var end = list.FindLastIndex(l => l.Text.Length > 0);
        return start < 0 ? [] : list.GetRange(start, end - start + 1);
    }

    [GeneratedRegex(@"^\s*(?:§\s*\d+\s*)?")]
    private static partial Regex SectionMark();

    [GeneratedRegex(@"^\s*(?<who>.*?\S)\s+(?<d>\d{1,2})\.\s*(?<m>\d{1,2})\.\s*(?<y>\d{4})\.?\s*$")]
    private static partial Regex PreparerAndDate();
}
