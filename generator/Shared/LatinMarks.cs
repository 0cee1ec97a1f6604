using System.Collections.Frozen;

namespace DecisionsPortal;

/// <summary>
/// Latin letters with their accent written as a mark of its own ('a' and U+0308 for 'ä'), as a Mac
/// or a zip file writes names: the generator runs without ICU, where string.Normalize decomposes
/// nothing, so the letters of European names are decomposed here (Unicode's canonical decomposition).
/// </summary>
public static class LatinMarks
{
    private const string Composed = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆ"
        + "ćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐő"
        + "ŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžǍǎǏǐǑǒǓǔȘșȚț"
        + "ƠơƯưǦǧǨǩǪǫǰǴǵǸǹȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȞȟȦȧȨȩȮȯȲȳ";

    private const string Bases = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaC"
        + "cCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOo"
        + "RrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzAaIiOoUuSsTt"
        + "OoUuGgKkOojGgNnAaAaEeEeIiIiOoOoRrRrUuUuHhAaEeOoYy";

    private const string Marks = "\u0300\u0301\u0302\u0303\u0308\u030A\u0327\u0300\u0301\u0302\u0308\u0300\u0301\u0302\u0308\u0303"
        + "\u0300\u0301\u0302\u0303\u0308\u0300\u0301\u0302\u0308\u0301\u0300\u0301\u0302\u0303\u0308\u030A"
        + "\u0327\u0300\u0301\u0302\u0308\u0300\u0301\u0302\u0308\u0303\u0300\u0301\u0302\u0303\u0308\u0300"
        + "\u0301\u0302\u0308\u0301\u0308\u0304\u0304\u0306\u0306\u0328\u0328\u0301\u0301\u0302\u0302\u0307"
        + "\u0307\u030C\u030C\u030C\u030C\u0304\u0304\u0306\u0306\u0307\u0307\u0328\u0328\u030C\u030C\u0302"
        + "\u0302\u0306\u0306\u0307\u0307\u0327\u0327\u0302\u0302\u0303\u0303\u0304\u0304\u0306\u0306\u0328"
        + "\u0328\u0307\u0302\u0302\u0327\u0327\u0301\u0301\u0327\u0327\u030C\u030C\u0301\u0301\u0327\u0327"
        + "\u030C\u030C\u0304\u0304\u0306\u0306\u030B\u030B\u0301\u0301\u0327\u0327\u030C\u030C\u0301\u0301"
        + "\u0302\u0302\u0327\u0327\u030C\u030C\u0327\u0327\u030C\u030C\u0303\u0303\u0304\u0304\u0306\u0306"
        + "\u030A\u030A\u030B\u030B\u0328\u0328\u0302\u0302\u0302\u0302\u0308\u0301\u0301\u0307\u0307\u030C"
        + "\u030C\u030C\u030C\u030C\u030C\u030C\u030C\u030C\u030C\u0326\u0326\u0326\u0326"
        + "\u031B\u031B\u031B\u031B\u030C\u030C\u030C\u030C\u0328\u0328\u030C\u0301\u0301\u0300\u0300\u030F\u030F\u0311\u0311\u030F\u030F\u0311\u0311\u030F\u030F"
        + "\u0311\u0311\u030F\u030F\u0311\u0311\u030F\u030F\u0311\u0311\u030F\u030F\u0311\u0311\u030C\u030C\u0307\u0307\u0327\u0327\u0307\u0307\u0304\u0304";

    // Base letter and mark to the letter they compose, for Compose.
    private static readonly FrozenDictionary<(char Base, char Mark), char> Letters =
        Composed.Select((letter, at) => ((Bases[at], Marks[at]), letter)).ToFrozenDictionary(p => p.Item1, p => p.letter);

    /// <summary>The text with each precomposed Latin letter as its base letter and its mark.</summary>
    public static string Decomposed(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var at = Composed.IndexOf(c);
            if (at < 0)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Bases[at]).Append(Marks[at]);
            }
        }

        return builder.ToString();
    }

    // The places of the table's small letters.
    private static IEnumerable<int> Small => Enumerable.Range(0, Composed.Length).Where(at => char.IsLower(Composed[at]));

    /// <summary>Each small letter of the table and its base letter, in small letters.</summary>
    public static IEnumerable<(char Letter, char Base)> SmallBases() => Small.Select(at => (Composed[at], char.ToLowerInvariant(Bases[at])));

    /// <summary>
    /// Each small letter <see cref="Compose"/> makes, after its base letter and its mark: the table
    /// the browser composes typed words with (the search manifest's "compose", search.js), so that
    /// a query and the index compose the same letters and no others.
    /// </summary>
    public static string SmallLetters() => string.Concat(Small.Select(at => $"{Composed[at]}{Bases[at]}{Marks[at]}"));

    /// <summary>
    /// Each base letter followed by its mark written as the one letter they compose ('a' and
    /// U+0308 as 'ä'), in place, as text pasted from a PDF or a Mac may spell its letters;
    /// returns the text's new length.
    /// </summary>
    public static int Compose(Span<char> text)
    {
        var written = 0;
        foreach (var c in text)
        {
            if (written > 0 && c is >= '\u0300' and <= '\u036F' && Letters.TryGetValue((text[written - 1], c), out var letter))
            {
                text[written - 1] = letter;
            }
            else
            {
                text[written++] = c;
            }
        }

        return written;
    }
}
