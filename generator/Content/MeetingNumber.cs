namespace DecisionsPortal.Content;

/// <summary>An organ's meeting as minutes number it: "2/2025" is the second meeting of 2025.</summary>
public sealed partial record MeetingNumber(int Number, int Year)
{
    public static MeetingNumber? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        return match.Success
            ? new MeetingNumber(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>
    /// The number meant by one written otherwise ('14 / 2025', '14.2025', '14/25', 'nro 14/2025', or '14.'
    /// alone in <paramref name="year"/>, as the minutes' heading writes it); null when none is plain.
    /// </summary>
    public static MeetingNumber? Meant(string text, int? year)
    {
        var match = Loose().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var written = match.Groups["year"].Value;
        int? meantYear = written.Length switch
        {
            4 => int.Parse(written, CultureInfo.InvariantCulture),
            2 when year is { } known => (known / 100 * 100) + int.Parse(written, CultureInfo.InvariantCulture),
            0 => year,
            _ => null,
        };
        return meantYear is { } y ? Parse(string.Create(CultureInfo.InvariantCulture, $"{int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture)}/{y}")) : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Year}");

    [GeneratedRegex(@"^([1-9][0-9]{0,2})/((?:19|20)[0-9]{2})$")]
    private static partial Regex Pattern();

    // After the words the minutes' heading writes before the number ('Kokous nro', 'Protokoll nr', 'N:o'), and before a line's full stop.
    [GeneratedRegex(@"^(?:(?i:kokous|pöytäkirja|sammanträde|protokoll|nro|nr|n:o|no)\.?\s+)*(?<number>[0-9]{1,3})\s*(?:[/.\-\u2013\u2014]\s*(?<year>[0-9]{4}|[0-9]{2})\.?|\.?)$")]
    private static partial Regex Loose();
}
