using System.Globalization;
using System.Text.RegularExpressions;

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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Year}");

    [GeneratedRegex(@"^([1-9][0-9]{0,2})/((?:19|20)[0-9]{2})$")]
    private static partial Regex Pattern();
}
