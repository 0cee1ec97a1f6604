using DecisionsPortal.Authoring;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Import;

/// <summary>
/// The <c>import</c> command's work for one file: legacy minutes → sections → OCR repair →
/// a draft decision file under content/, with every word that needs a person's eye reported.
/// </summary>
public static partial class LegacyImporter
{
    private const int MaxTitleLength = 80;

    /// <param name="repair">Null when no spell checker is available: the text is then imported as scanned.</param>
    /// <returns>The decision and the path it was written to, or null when a diagnostic says why not.</returns>
    public static (ImportedDecision Decision, string Path)? Import(SiteConfig config, string file, string language, string? body, OcrRepair? repair, DiagnosticBag diagnostics)
    {
        var shown = PathDisplay.Relative(file);
        var headings = SectionHeadings.For(language);
        if (headings is null || !config.Languages.Contains(language))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation(shown), $"import reads Finnish (fi) and Swedish (sv) minutes of this site's languages ({string.Join(", ", config.Languages)}), not '{language}'");
            return null;
        }

        if (!DecisionScaffolder.CheckBody(config, body, diagnostics, new SourceLocation(shown)))
        {
            return null;
        }

        var text = Read(file, shown, diagnostics);
        var minutes = text is null ? null : LegacyMinutesParser.Parse(shown, text, headings, diagnostics);
        if (minutes is null)
        {
            return null;
        }

        var words = new List<WordRepair>();
        IReadOnlyList<string> Fix(IEnumerable<SourceLine> lines) => lines.Select(line =>
        {
            if (repair is null)
            {
                return line.Text;
            }

            var (fixedText, found) = repair.RepairLine(line.Text, line.Number);
            words.AddRange(found);
            return fixedText;
        }).ToList();

        // The people's lines without the date, so that names and offices are repaired like the text.
        var preparer = Fix([minutes.PreparerLine with { Text = minutes.Preparer.Display }])[0];
        var presenter = Fix([minutes.PresenterLine with { Text = minutes.Presenter.Display }])[0];
        var preparation = Fix(minutes.Preparation);
        var proposal = Fix(minutes.Proposal);
        var decisionText = Fix(minutes.Decision);

        var organ = body ?? OrganOf(config, language, proposal);
        if (organ is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation(shown, minutes.Proposal.FirstOrDefault()?.Number ?? 0, 1),
                $"cannot tell from the proposal which organ decided; give it with --body (one of: {string.Join(", ", config.Bodies.Select(b => b.Id))})");
            return null;
        }

        var title = minutes.Title is { } heading ? Fix([heading])[0].Trim() : TitleFrom(proposal);
        var decision = new ImportedDecision(Path.GetFileName(file), language, title, minutes.Title is null, minutes.Date, organ,
            LegacyMinutesParser.PersonOf(preparer), LegacyMinutesParser.PersonOf(presenter), proposal, decisionText, preparation,
            words.OrderBy(w => w.Line).ThenBy(w => w.Column).ToList(), repair is not null);

        // The file name is the decision's address: a title with nothing to make it of (no letter or
        // digit, or only personal data) would be the hidden file ".md", which no check accepts.
        var slug = DecisionScaffolder.Slug(title);
        if (slug.Length == 0)
        {
            var line = minutes.Title ?? minutes.Proposal.FirstOrDefault();
            diagnostics.Error(DiagnosticCodes.ImportTitleWithoutName, new SourceLocation(shown, line?.Number ?? 0, line is null ? 0 : 1),
                $"the title has no letters or digits outside personal-data marks to make the file name, the decision's permanent address, of; write its title in words that may stay on the site on a line of its own above '{headings.Preparation}'");
            return null;
        }

        if (DecisionScaffolder.WriteNew(config, language, minutes.Date, slug, ImportedDecisionWriter.Write(decision), diagnostics) is not { } written)
        {
            return null;
        }

        Report(shown, decision, minutes, written, diagnostics);
        return (decision, written);
    }

    /// <summary>"Kaupunginhallitus päättää, että Kemin kaupunki vastaa …" → "Kemin kaupunki vastaa …", cut at a word.</summary>
    public static string TitleFrom(IReadOnlyList<string> proposal)
    {
        var text = string.Join(' ', proposal.Select(l => l.Trim()).Where(l => l.Length > 0));
        var sentence = text.Split(". ", 2)[0].TrimEnd('.');
        sentence = Resolves().Replace(sentence, "", 1).Trim();
        if (sentence.Length > MaxTitleLength)
        {
            var cut = sentence.LastIndexOf(' ', MaxTitleLength);
            sentence = sentence[..(cut > 0 ? cut : MaxTitleLength)].TrimEnd(',', ' ') + " …";
        }

        return sentence.Length == 0 ? text : char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static void Report(string shown, ImportedDecision decision, LegacyMinutes minutes, string written, DiagnosticBag diagnostics)
    {
        foreach (var word in decision.Words.Where(w => !w.IsRepaired))
        {
            var options = word.Candidates.Count > 0 ? MessageText.Of($"; it could be any of: {string.Join(", ", word.Candidates)}") : MessageText.Empty;
            diagnostics.Warning(DiagnosticCodes.ImportUnrepairedWord, new SourceLocation(shown, word.Line, word.Column),
                $"'{word.Original}' is not a word the spell checker knows and was kept as scanned{options}; review it");
        }

        if (decision.TitleDerived)
        {
            diagnostics.Warning(DiagnosticCodes.ImportTitleDerived, new SourceLocation(shown, minutes.Proposal.FirstOrDefault()?.Number ?? 0, 1),
                $"the text has no title; '{decision.Title}' was made from the proposal, and so was the file name {PathDisplay.Relative(written)}, which becomes the decision's permanent address: when you correct the title, rename the file to match before the decision is published");
        }

        // Legacy minutes date the preparation, not the decision: the meeting may have been days later.
        var date = IsoDate.Format(decision.Date);
        diagnostics.Warning(DiagnosticCodes.ImportDateGuessed, new SourceLocation(shown, minutes.PreparerLine.Number, 1),
            $"the date {date} was taken from the preparer's line, which dates the preparation; check that it is the date of the decision (the meeting's), and the year folder with it");
    }

    private static string? OrganOf(SiteConfig config, string language, IReadOnlyList<string> proposal)
    {
        var first = proposal.FirstOrDefault(l => l.Trim().Length > 0)?.Trim().Split(' ')[0] ?? "";
        return config.Bodies.FirstOrDefault(b => string.Equals(b.Label(language), first, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    private static string? Read(string file, string shown, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(file))
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(shown), $"this is a folder; give the files of minutes in it, e.g. '{Path.Combine(shown, "*.txt")}'");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ImportUnreadable, new SourceLocation(shown), FileFailure.Why(e));
            return null;
        }

        // Old scans are often Latin-1; a file that is not UTF-8 is read as that rather than refused.
        var (text, _, _) = StrictUtf8.Decode(bytes);
        return text ?? Encoding.Latin1.GetString(bytes);
    }

    [GeneratedRegex(@"^\S+\s+(?:päättää|paattaa|beslutar)\s*,?\s*(?:että|etta|att)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Resolves();
}
