using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Minutes write a degree beside a name ('KTM Matti Ruotsalainen', 'Matti Ruotsalainen, KTM'),
/// and copied into 'name:' the degree becomes part of it: the person page, the index of people and
/// search then list the person twice, once with the degree and once without. Warned at with the
/// name alone and the degree moved into the title.
/// </summary>
internal static class DegreeInName
{
    // The degrees (and the AMK mark) as Finnish and Swedish minutes abbreviate them, written as
    // they are: a capital 'KM' is a degree, 'Km' a name.
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal)
    {
        "KTM", "KTK", "KTL", "KTT", "FM", "FK", "FL", "FT", "DI", "TkK", "TkL", "TkT", "HTM", "HTK", "HTL", "HTT",
        "YTM", "YTK", "YTL", "YTT", "VTM", "VTK", "VTL", "VTT", "OTK", "OTM", "OTL", "OTT", "KM", "KK", "KL", "KT",
        "LL", "LK", "HLL", "ELL", "MMM", "MMK", "MMT", "ETM", "ETK", "TtM", "TtK", "TtT", "TeM", "TaM", "MuM", "PsM",
        "AMK", "(AMK)", "YAMK", "(YAMK)", "MBA", "eMBA", "EM", "ED", "FD", "PeM", "JK", "JM", "JD", "MD", "tri", "Dr",
    };

    private const string Message = "'{0}' holds the degree '{1}', which is read as part of the name, so the person pages and search show '{2}' as another person than '{3}': write the name without the degree, and the degree, if it is to be shown, in the title: `{0}: {4}`";

    /// <summary>Warns when <paramref name="person"/>'s name, as read, holds a degree; <paramref name="written"/> is the one line it was read from, or null for '{ name:, title: }'.</summary>
    public static void Check(Person person, string? written, string key, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!Holds(person.Name))
        {
            return;
        }

        var (name, degrees) = Strip(written ?? person.Name);
        var meant = written is null ? new Person(name, person.Title) : Person.FromWords(name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var title = meant.Title is null ? degrees : $"{meant.Title}, {degrees}";
        diagnostics.Warning(DiagnosticCodes.DegreeInName, at, MessageText.Format(Message, key, degrees, person.Name, meant.Name,
            $"{{ name: {SignatureLine.Plain(meant.Name)}, title: {SignatureLine.Plain(title)} }}"));
    }

    /// <summary>
    /// The one-line form, 'Kaupunginjohtaja Olli Esimerkki, FM': the degrees at the end stay with the
    /// name before them, as the two lines read them ('name: Olli Esimerkki, FM'), and are warned at
    /// so; the name is not 'Esimerkki, FM' and the title not 'Kaupunginjohtaja Olli'.
    /// </summary>
    public static Person FromLine(string line)
    {
        // Split at any space: Word keeps a title and a name together with no-break ones.
        var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var named = words.Length;
        while (named > 2 && IsDegree(words[named - 1].Trim(',')))
        {
            named--;
        }

        return named >= 2 && named < words.Length
            ? new Person(string.Join(' ', words[(named - 2)..]), named > 2 ? string.Join(' ', words[..(named - 2)]) : null)
            : Person.FromWords(words);
    }

    /// <summary>Whether every word of <paramref name="text"/> is a degree ('KTM', 'FM, MBA').</summary>
    public static bool IsDegrees(string text)
    {
        var words = Words(text);
        return words.Length > 0 && words.All(IsDegree);
    }

    private static bool Holds(string name) => Words(name).Any(IsDegree);

    private static string[] Words(string text) => text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsDegree(string word) => Degrees.Contains(word.TrimEnd('.', ';'));

    // The text without its degrees and the comma before each, and the degrees.
    private static (string Name, string Degrees) Strip(string text)
    {
        var kept = new List<string>();
        var degrees = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsDegree(word.Trim(',')))
            {
                degrees.Add(word.Trim(',').TrimEnd('.', ';'));
                if (kept.Count > 0 && kept[^1].EndsWith(',') && !word.EndsWith(','))
                {
                    kept[^1] = kept[^1][..^1];
                }

                continue;
            }

            kept.Add(word);
        }

        return (string.Join(' ', kept).Trim(',', ' '), string.Join(' ', degrees));
    }
}
