namespace DecisionsPortal.Import;

/// <summary>
/// The words that start the sections of legacy minutes, per language, matched as OCR leaves them:
/// "Päätösehdotus" is also found as "Paatdésehdotus" or "Paat6sehdotus".
/// </summary>
public sealed record SectionHeadings(string Preparation, string Presenter, string Proposal, string Decision)
{
    public static SectionHeadings? For(string language) => language switch
    {
        "fi" => new("Valmistelu", "Esittelijä", "Päätösehdotus", "Päätös"),
        "sv" => new("Beredning", "Föredragande", "Beslutsförslag", "Beslut"),
        _ => null,
    };

    /// <summary>The rest of the line after the heading, or null when the line does not start with it.</summary>
    public static string? Match(string heading, string line)
    {
        var match = Pattern(heading).Match(line);
        return match.Success ? match.Groups["rest"].Value.Trim() : null;
    }

    private static Regex Pattern(string heading)
    {
        var pattern = new StringBuilder(@"^\s*");
        foreach (var c in heading)
        {
            pattern.Append(char.ToLowerInvariant(c) switch
            {
                'ä' => "(?:ä|a|dé|d)",
                'ö' => "(?:ö|o|6|dé|d)",
                'å' => "(?:å|a)",
                _ => Regex.Escape(c.ToString()),
            });
        }

        // Not followed by a letter: "Päätös" must not match the start of "Päätösehdotus".
        pattern.Append(@"(?![\p{L}6])[\s:.]*(?<rest>.*)$");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
