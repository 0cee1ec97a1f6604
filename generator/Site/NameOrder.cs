namespace DecisionsPortal.Site;

/// <summary>
/// People in the order Finnish and Swedish indexes list them: by surname (the name's last word),
/// then first names, in the two languages' alphabet: Å, Ä, Ö after Z (Æ as Ä, Ø as Ö, Ü as Y),
/// other accented letters as their base letter, case ignored; names alike in those terms in ordinal
/// order. Written out rather than taken from a culture: the tool runs without ICU, and the order
/// must not depend on the machine that builds the site.
/// </summary>
public sealed class NameOrder : IComparer<string>
{
    public static readonly NameOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (xSurname, xFirst) = Split(x);
        var (ySurname, yFirst) = Split(y);
        var order = string.CompareOrdinal(Key(xSurname), Key(ySurname));
        if (order == 0)
        {
            order = string.CompareOrdinal(Key(xFirst), Key(yFirst));
        }

        return order != 0 ? order : string.CompareOrdinal(x, y);
    }

    private static (string Surname, string First) Split(string name)
    {
        name = name.Trim();
        var space = name.LastIndexOf(' ');
        return space < 0 ? (name, "") : (name[(space + 1)..], name[..space]);
    }

    // Each letter as its place in the alphabet: a–z as themselves, then å, ä, ö as the three
    // characters after 'z' ('{', '|', '}'), so an ordinal comparison of keys is the alphabet's.
    private static string Key(string text)
    {
        var letters = text.ToLowerInvariant().ToCharArray();
        var length = LatinMarks.Compose(letters);
        var key = new char[length];
        for (var i = 0; i < length; i++)
        {
            key[i] = letters[i] switch
            {
                'å' => '{',
                'ä' or 'æ' => '|',
                'ö' or 'ø' => '}',
                'ü' => 'y',
                var c when c > '\u007F' => LatinMarks.Decomposed(c.ToString())[0],
                var c => c,
            };
        }

        return new string(key);
    }
}
