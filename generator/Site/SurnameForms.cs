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
    /// <summary>The letters a form shares with its surname from the start, at least: Salo, Salolla; Pelto, Pellolle; Lampi, Lammelle.</summary>
    public const int SharedStart = 3;

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
        if (surname.Length < SharedStart || !read.StartsWith(surname.AsSpan(0, SharedStart), StringComparison.Ordinal))
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

        var stemmed = Stem(read);
        return stemmed == Stem(surname) || (surname.EndsWith("nen", StringComparison.Ordinal) && stemmed == Stem(surname[..^3] + "sen"));
    }

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
