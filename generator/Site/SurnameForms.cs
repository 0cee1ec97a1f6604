using Lucene.Net.Tartarus.Snowball.Ext;

namespace DecisionsPortal.Site;

/// <summary>
/// Whether a word of a text is a form of a marked surname: Finnish inflects a name where the
/// sentence needs it ('Meikäläiselle', 'Virtaselta', 'Kosken' of Meikäläinen, Virtanen, Koski).
/// The analysis the search makes of a Finnish word answers, asked of the same libraries (the
/// model is made before search, which it may not call): libvoikko's base forms for a word it knows
/// (most Finnish surnames; gradation too, 'Pellolle' of Pelto), else the Snowball stem by which the
/// search indexes a word it does not, with the one alternation of Finnish names Snowball does not
/// reach: a name in -nen builds its other forms on -s- ('Quorvinen', 'Quorviselle').
/// </summary>
internal static class SurnameForms
{
    /// <summary>The letters a form shares with its surname from the start, at least: Mäki, Mäen; Susi, Sudelle; Salo, Salolla.</summary>
    public const int SharedStart = 2;

    /// <summary>A shorter surname is not looked for in its other forms.</summary>
    public const int Shortest = 3;

    // Opened once a process and only when a word is to be told (a dictionary of megabytes), as the
    // search's is; without it (not installed, or turned off as for the search) words are guessed.
    private static readonly Lazy<VoikkoLibrary?> Voikko = new(() =>
        Environment.GetEnvironmentVariable("DECISIONSPORTAL_NO_BASEFORMS") == "1" ? null : VoikkoLibrary.TryOpen(out _));

    /// <summary>
    /// Whether <paramref name="written"/> (a word of the text as written) is a form of
    /// <paramref name="surname"/> (the marked word as read, <see cref="WordsAsRead.Key"/>), other
    /// than the word itself; <paramref name="read"/> is the word as read.
    /// </summary>
    public static bool IsFormOf(string written, string read, string surname)
    {
        if (surname.Length < Shortest || !read.StartsWith(surname.AsSpan(0, SharedStart), StringComparison.Ordinal))
        {
            return false;
        }

        // The dictionary is asked of the word as written, its letters in small ones: it knows 'mäkelältä', not 'makelalta'.
        var word = string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));
        var bases = BaseForms(word);
        if (bases.Count > 0)
        {
            return bases.Any(b => WordsAsRead.Key(b) == surname);
        }

        return Guessed(read, surname);
    }

    // A word the dictionary does not know, told by its Snowball stem. A name in -nen builds its
    // other forms on -s- (Virtanen, Virtaselle, Virtasta) and one in a vowel and -s on -ks-
    // (Kallas, Kallakselle, Kallasta), which Snowball does not join. Any other name ending in a
    // consonant takes a vowel and an ending (Lind, Lindille): a word only a letter longer, or one
    // shorter, is another name (Linde, Virtas).
    private static bool Guessed(string read, string surname)
    {
        var stemmed = Stem(read);
        if (surname.EndsWith("nen", StringComparison.Ordinal))
        {
            var stem = surname[..^3] + "s";
            return read.Length >= surname.Length && (stemmed == Stem(stem + "en") || read == stem + "ta" || read == stem + "tä");
        }

        if (surname[^1] == 's' && IsVowel(surname[^2]))
        {
            return stemmed == Stem(surname[..^1] + "ksen") || read == surname + "ta" || read == surname + "tä";
        }

        return stemmed == Stem(surname) && (IsVowel(surname[^1]) || read.Length >= surname.Length + 2);
    }

    private static bool IsVowel(char c) => "aeiouyäöå".Contains(c);

    /// <summary>
    /// Whether a capitalised word beside a surname may be a given name, another person's ('Olli
    /// Virtanen'): not one the dictionary reads only as an inflected form of another word, as a
    /// sentence may begin ('Esteellisenä Virtanen poistui'); a name beside a surname is in its base form.
    /// </summary>
    public static bool MayBeName(string written)
    {
        var word = string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));
        var bases = BaseForms(word);
        return bases.Count == 0 || bases.Contains(word, StringComparer.Ordinal);
    }

    // The word's base forms in small letters, one a reading; none for a word libvoikko does not know.
    private static List<string> BaseForms(string word) =>
        Voikko.Value?.Analyse(word, "BASEFORM").Select(r => r[0]?.ToLowerInvariant()).OfType<string>().ToList() ?? [];

    // Lucene's Snowball stemmer, the search's for Finnish; it keeps state, so one a call.
    private static string Stem(string word)
    {
        var stemmer = new FinnishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
