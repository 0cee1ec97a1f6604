namespace DecisionsPortal.Site;

/// <summary>
/// Whether a word of a text is a form of a marked surname: Finnish inflects a name where the
/// sentence needs it ('Meikäläiselle', 'Virtaselta', 'Kosken' of Meikäläinen, Virtanen, Koski).
/// libvoikko's base forms tell a word it knows (most Finnish surnames; gradation too, 'Pellolle'
/// of Pelto), asked of the library the search uses (the model is made before search, which it may
/// not call, but is handed the same one by the pipeline); a word it does not know is a form only as
/// Finnish inflects a name of that shape.
/// </summary>
/// <param name="dictionary">libvoikko, opened when a word is first to be told (a dictionary of megabytes); null without it (not installed, or turned off as for the search), when words are guessed.</param>
/// <param name="swedishNames">Whether the text is in another language than Finnish (Swedish), where a consonant-final surname's -in and -ina are names of their own.</param>
internal sealed class SurnameForms(Lazy<VoikkoLibrary?> dictionary, bool swedishNames = false)
{
    /// <summary>Words read by their endings alone, without the dictionary.</summary>
    public static SurnameForms Guessing { get; } = new(new Lazy<VoikkoLibrary?>((VoikkoLibrary?)null));

    /// <summary>
    /// The forms sought in a text of the language. A bilingual town copies Finnish phrases and
    /// attachment titles into its Swedish files ('Beslutet delges Maija Meikäläiselle'), so Finnish
    /// forms are sought there too, all but a consonant-final surname's -in and -ina: in Swedish
    /// those are surnames of their own ('Erik Lundin' beside Erik Lund; libvoikko reads it as the
    /// city Lund's genitive), but for a surname in -in or -son already (<see cref="TakesSwedishIn"/>). The Swedish genitive -s is the marked words themselves.
    /// </summary>
    public SurnameForms For(string language) => (language != "fi") == swedishNames ? this : new(dictionary, language != "fi");

    /// <summary>The letters a form shares with its surname from the start, at least: Mäki, Mäen; Susi, Sudelle; Salo, Salolla.</summary>
    public const int SharedStart = 2;

    /// <summary>A shorter surname is not looked for in its other forms.</summary>
    public const int Shortest = 3;

    /// <summary>
    /// Whether <paramref name="written"/> (a word of the text as written) is a form of
    /// <paramref name="surname"/> (the marked word as read, <see cref="WordsAsRead.Key"/>), other
    /// than the word itself; <paramref name="read"/> is the word as read.
    /// </summary>
    public bool IsFormOf(string written, string read, string surname)
    {
        if (surname.Length < Shortest || !read.StartsWith(surname.AsSpan(0, SharedStart), StringComparison.Ordinal) || SwedishName(read, surname))
        {
            return false;
        }

        var bases = BaseForms(Lowered(written));
        return bases.Count > 0 ? bases.Any(b => WordsAsRead.Key(b) == surname) : Guessed(read, surname) is not null;
    }

    /// <summary>
    /// The cases (libvoikko's names: 'ulkotulento', 'omanto', …) in which <paramref name="written"/>
    /// is a form of the name (<paramref name="name"/>, a word as read), other than the name itself:
    /// 'Maijalle' of Maija and 'Meikäläiselle' of Meikäläinen share the allative, the name inflected
    /// as one. Not a reading with a possessive suffix: 'Juhani' is also 'my Juha', but is Juhani.
    /// </summary>
    public HashSet<string> CasesOf(string written, string read, string name)
    {
        var cases = new HashSet<string>(StringComparer.Ordinal);
        if (name.Length < SharedStart || !read.StartsWith(name.AsSpan(0, SharedStart), StringComparison.Ordinal) || read == name || SwedishName(read, name))
        {
            return cases;
        }

        if (dictionary.Value is { } voikko && voikko.Analyse(Lowered(written), "BASEFORM", "SIJAMUOTO", "POSSESSIVE") is { Count: > 0 } readings)
        {
            cases.UnionWith(readings.Where(r => r[0] is { } b && r[1] is { } c && c != "nimento" && r[2] is null && WordsAsRead.Key(b.ToLowerInvariant()) == name).Select(r => r[1]!));

            return cases;
        }

        if (name.Length >= Shortest && Guessed(read, name) is { } ending)
        {
            cases.Add(ending);
        }

        return cases;
    }

    // A word the dictionary does not know is a form only as Finnish inflects a name of that shape,
    // its ending one of the cases' (a stem's guess took Holmen, Lindén and Halmi for Holm, Lind and
    // Halme, other people's names): a name in -nen on -se- (Virtanen, Virtaselle, Virtasta), one in
    // a vowel and -s on -kse- (Kallas, Kallakselle, Kallasta), one in another consonant on -i-
    // (Lind, Lindille), one in -e on -ee- (Halme, Halmeelle), one in -i on itself or on -e- (Koski,
    // Kosken), any other in a vowel on itself (Salo, Salolle, Saloon). Gradation (Mäki, Mäen) is the
    // dictionary's to tell. The case, by libvoikko's name, or null when the word is none of these.
    private static string? Guessed(string read, string surname)
    {
        if (surname.EndsWith("nen", StringComparison.Ordinal))
        {
            var stem = surname[..^3] + "s";
            return read == stem + "ta" || read == stem + "tä" ? "osanto" : Ends(read, stem + "e", "en");
        }

        if (surname[^1] == 's' && IsVowel(surname[^2]))
        {
            return read == surname + "ta" || read == surname + "tä" ? "osanto" : Ends(read, surname[..^1] + "kse", "en");
        }

        if (!IsVowel(surname[^1]))
        {
            // Not the genitive or the essive: a name in -in or -ina is a Swedish surname of its own (Lundin, Nordin).
            return !TakesSwedishIn(surname) || (read != surname + "in" && read != surname + "ina") ? Ends(read, surname + "i", "in") : null;
        }

        return Ends(read, surname, surname[^1] + "n")
            ?? (surname[^1] == 'e' ? Ends(read, surname + "e", "n") : null)
            ?? (surname[^1] == 'i' ? Ends(read, surname[..^1] + "e", "en") : null);
    }

    // The endings of the singular cases (genitive, partitive, essive, translative, the locatives, abessive), each with its case.
    private static readonly (string Ending, string Case)[] CaseEndings =
    [
        ("n", "omanto"), ("a", "osanto"), ("ä", "osanto"), ("ta", "osanto"), ("tä", "osanto"), ("na", "olento"), ("nä", "olento"), ("ksi", "tulento"),
        ("ssa", "sisaolento"), ("ssä", "sisaolento"), ("sta", "sisaeronto"), ("stä", "sisaeronto"), ("lla", "ulkoolento"), ("llä", "ulkoolento"),
        ("lta", "ulkoeronto"), ("ltä", "ulkoeronto"), ("lle", "ulkotulento"), ("tta", "vajanto"), ("ttä", "vajanto"),
    ];

    // The case of the word as the stem and one of the case endings, or the illative written for this stem; null if neither.
    private static string? Ends(string read, string stem, string illative)
    {
        if (read.Length <= stem.Length || !read.StartsWith(stem, StringComparison.Ordinal))
        {
            return null;
        }

        var ending = read.AsSpan(stem.Length);
        if (ending.SequenceEqual(illative))
        {
            return "sisatulento";
        }

        foreach (var (end, @case) in CaseEndings)
        {
            if (ending.SequenceEqual(end))
            {
                return @case;
            }
        }

        return null;
    }

    // A consonant-final name's -in or -ina, in a Swedish text a surname of its own (Lundin, Nordin).
    private bool SwedishName(string read, string name) =>
        swedishNames && TakesSwedishIn(name) && (read == name + "in" || read == name + "ina");

    // Whether Swedish makes a surname of the name and -in (Lund, Lundin): of a consonant-final one
    // that is not a surname of a suffix already (Marin, Karlsson), which Swedish never adds -in to,
    // so Marinin and Karlssonin are Finnish forms, in a Swedish text as in a Finnish one.
    private static bool TakesSwedishIn(string name) =>
        !IsVowel(name[^1]) && !name.EndsWith("in", StringComparison.Ordinal) && !name.EndsWith("son", StringComparison.Ordinal);

    private static bool IsVowel(char c) => "aeiouyäöå".Contains(c);

    /// <summary>
    /// Whether a capitalised word beside a surname may be a given name, another person's ('Olli
    /// Virtanen'): not one the dictionary reads only as an inflected form of another word, as a
    /// sentence may begin ('Esteellisenä Virtanen poistui'); a name beside a surname is in its base form.
    /// </summary>
    public bool MayBeName(string written)
    {
        var word = Lowered(written);
        var bases = BaseForms(word);
        return bases.Count == 0 || bases.Contains(word, StringComparer.Ordinal);
    }

    // The dictionary is asked of the word as written, its letters in small ones: it knows 'mäkelältä', not 'makelalta'.
    private static string Lowered(string written) => string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));

    // The word's base forms in small letters, one a reading; none for a word libvoikko does not know.
    private List<string> BaseForms(string word) =>
        dictionary.Value?.Analyse(word, "BASEFORM").Select(r => r[0]?.ToLowerInvariant()).OfType<string>().ToList() ?? [];
}
