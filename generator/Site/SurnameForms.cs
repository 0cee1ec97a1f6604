namespace DecisionsPortal.Site;

/// <summary>
/// Whether a word of a text is a form of a marked surname: Finnish inflects a name where the
/// sentence needs it ('Meikäläiselle', 'Virtaselta', 'Kosken' of Meikäläinen, Virtanen, Koski).
/// libvoikko's base forms tell a word it knows (most Finnish surnames; gradation too, 'Pellolle'
/// of Pelto), asked of the library the search uses (the model is made before search, which it may
/// not call); a word it does not know is a form only as Finnish inflects a name of that shape.
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

        var bases = BaseForms(Lowered(written));
        if (bases.Count > 0)
        {
            return bases.Any(b => WordsAsRead.Key(b) == surname);
        }

        return Guessed(read, surname);
    }

    // A word the dictionary does not know is a form only as Finnish inflects a name of that shape,
    // its ending one of the cases' (a stem's guess took Holmen, Lindén and Halmi for Holm, Lind and
    // Halme, other people's names): a name in -nen on -se- (Virtanen, Virtaselle, Virtasta), one in
    // a vowel and -s on -kse- (Kallas, Kallakselle, Kallasta), one in another consonant on -i-
    // (Lind, Lindille), one in -e on -ee- (Halme, Halmeelle), one in -i on itself or on -e- (Koski,
    // Kosken), any other in a vowel on itself (Salo, Salolle, Saloon). Gradation (Mäki, Mäen) is the
    // dictionary's to tell.
    private static bool Guessed(string read, string surname)
    {
        if (surname.EndsWith("nen", StringComparison.Ordinal))
        {
            var stem = surname[..^3] + "s";
            return read == stem + "ta" || read == stem + "tä" || Ends(read, stem + "e", "en");
        }

        if (surname[^1] == 's' && IsVowel(surname[^2]))
        {
            return read == surname + "ta" || read == surname + "tä" || Ends(read, surname[..^1] + "kse", "en");
        }

        if (!IsVowel(surname[^1]))
        {
            // Not the genitive or the essive: a name in -in or -ina is a Swedish surname of its own (Lundin, Nordin).
            return read != surname + "in" && read != surname + "ina" && Ends(read, surname + "i", "in");
        }

        return Ends(read, surname, surname[^1] + "n")
            || (surname[^1] == 'e' && Ends(read, surname + "e", "n"))
            || (surname[^1] == 'i' && Ends(read, surname[..^1] + "e", "en"));
    }

    // The endings of the singular cases: genitive, partitive, essive, translative, the locatives, abessive.
    private static readonly string[] CaseEndings = ["n", "a", "ä", "ta", "tä", "na", "nä", "ksi", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "tta", "ttä"];

    // Whether the word is the stem and one of the case endings, or the illative written for this stem.
    private static bool Ends(string read, string stem, string illative) =>
        read.Length > stem.Length && read.StartsWith(stem, StringComparison.Ordinal)
        && (read.AsSpan(stem.Length).SequenceEqual(illative) || Array.Exists(CaseEndings, e => read.AsSpan(stem.Length).SequenceEqual(e)));

    private static bool IsVowel(char c) => "aeiouyäöå".Contains(c);

    /// <summary>
    /// Whether a capitalised word beside a surname may be a given name, another person's ('Olli
    /// Virtanen'): not one the dictionary reads only as an inflected form of another word, as a
    /// sentence may begin ('Esteellisenä Virtanen poistui'); a name beside a surname is in its base form.
    /// </summary>
    public static bool MayBeName(string written)
    {
        var word = Lowered(written);
        var bases = BaseForms(word);
        return bases.Count == 0 || bases.Contains(word, StringComparer.Ordinal);
    }

    // The dictionary is asked of the word as written, its letters in small ones: it knows 'mäkelältä', not 'makelalta'.
    private static string Lowered(string written) => string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));

    // The word's base forms in small letters, one a reading; none for a word libvoikko does not know.
    private static List<string> BaseForms(string word) =>
        Voikko.Value?.Analyse(word, "BASEFORM").Select(r => r[0]?.ToLowerInvariant()).OfType<string>().ToList() ?? [];
}
