namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Finnish base forms and compound parts from libvoikko's morphological analysis (Debian:
/// libvoikko1, voikko-fi): BASEFORM of every reading, and for a compound (STRUCTURE holds more
/// than one '=') the word bases of WORDBASES ("+kaupungin(kaupunki)+hallitus(hallitus)") of the
/// reading with the fewest bases (the plainest split), and its last part as a word: the base form
/// from STRUCTURE's last boundary on (peruskorjaus: "+perus(perus)+korja(korjata)+us(+us)", whose
/// last base is the verb, also has korjaus; sisäsatama: "+sisä+satama(satama)", one base, has
/// satama), since a searcher types the tail of a compound as a word of its own. A participle used as an adjective
/// ("valinnut": +valin(valita)+n+ut(+ut)) also counts under its verb.
/// </summary>
public sealed class VoikkoBaseForms : IBaseFormSource, IDisposable
{
    // Endings of participles, whose word base is the verb ("+ut" of valinnut, "+tu" of valittu).
    private static readonly HashSet<string> ParticipleEndings = new(StringComparer.Ordinal)
    {
        "+ut", "+yt", "+nut", "+nyt", "+tu", "+ty", "+ttu", "+tty", "+va", "+vä", "+tava", "+tävä", "+ma", "+mä",
    };

    private readonly VoikkoLibrary voikko;

    private VoikkoBaseForms(VoikkoLibrary voikko) => this.voikko = voikko;

    /// <summary>The library it asks, which the model's checks of names ask too (<see cref="BaseFormSources.FinnishLibrary"/>).</summary>
    public VoikkoLibrary Library => voikko;

    /// <summary>The source, or null with the reason when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoBaseForms? TryOpen(out string? reason) =>
        VoikkoLibrary.TryOpen(out reason) is { } voikko ? new VoikkoBaseForms(voikko) : null;

    public WordForms Analyse(string word)
    {
        if (WordForms.OfNumber(word, true) is { } number)
        {
            return number;
        }

        var readings = voikko.Analyse(word, "BASEFORM", "STRUCTURE", "WORDBASES");
        if (readings.Count == 0)
        {
            return WordForms.Unknown;
        }

        var bases = new List<string>(2);
        List<string>? parts = null;
        string? compound = null;
        var fewest = int.MaxValue;
        // A compound whose WORDBASES name one base or none ("+sisä+satama(satama)"): its split when no reading names two.
        var plainest = int.MaxValue;
        foreach (var reading in readings)
        {
            var baseForm = reading[0]?.ToLowerInvariant();
            if (baseForm is not null)
            {
                Add(bases, baseForm);
            }

            var structure = reading[1] ?? "";
            var wordBases = Bases(reading[2] ?? "", out var endings);
            var isCompound = structure.Count(c => c == '=') > 1;
            if (isCompound && wordBases.Count > 1 && endings.Count + wordBases.Count < fewest)
            {
                fewest = endings.Count + wordBases.Count;
                parts = wordBases;
                compound = Tail(word, baseForm, structure);
            }
            else if (isCompound && fewest == int.MaxValue && endings.Count + wordBases.Count < plainest && Tail(word, baseForm, structure) is { } tail)
            {
                plainest = endings.Count + wordBases.Count;
                parts = wordBases.Where(b => !b.Contains('=')).ToList();
                compound = tail;
            }
            else if (wordBases.Count == 1 && endings.Count > 0 && ParticipleEndings.Contains(endings[^1]))
            {
                Add(bases, wordBases[0]);
            }
        }

        if (parts is not null && compound is not null)
        {
            Add(parts, compound);
        }

        return WordForms.Of(word, bases, parts ?? [], true);
    }

    /// <summary>
    /// The last part of a compound as a word: <paramref name="baseForm"/> from the last part's
    /// start in <paramref name="word"/> (STRUCTURE marks each part's start with '='), where the
    /// base form begins with the word's other parts as written, as a Finnish compound's does.
    /// </summary>
    private static string? Tail(string word, string? baseForm, string structure)
    {
        var start = structure.LastIndexOf('=');
        start -= structure.AsSpan(0, start).Count('=');
        return baseForm is not null && start > 0 && start < baseForm.Length && start < word.Length
            && baseForm.AsSpan(0, start).Equals(word.AsSpan(0, start), StringComparison.OrdinalIgnoreCase)
            ? baseForm[start..]
            : null;
    }

    /// <summary>The word bases of a WORDBASES value (the base in each "(…)"), and the derivational endings ("(+inen)").</summary>
    private static List<string> Bases(string value, out List<string> endings)
    {
        var bases = new List<string>(2);
        endings = [];
        for (var open = value.IndexOf('('); open >= 0; open = value.IndexOf('(', open + 1))
        {
            var close = value.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            var part = value[(open + 1)..close];
            if (part.StartsWith('+'))
            {
                endings.Add(part);
            }
            else if (part.Length > 0)
            {
                Add(bases, part.ToLowerInvariant());
            }
        }

        return bases;
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    // libvoikko maps its dictionary files as well as its own library; null, and so no store,
    // where either is not seen.
    public IReadOnlyList<string>? Files =>
        MappedFiles.Containing("voikko")?.Where(f => IsLibrary(f) || IsDictionary(f)).ToList() is { } files
            && files.Any(IsLibrary) && files.Any(IsDictionary) ? files : null;

    private static bool IsLibrary(string path) => Path.GetFileName(path).StartsWith("libvoikko.", StringComparison.Ordinal);

    private static bool IsDictionary(string path) => path.EndsWith(".vfst", StringComparison.Ordinal);

    public void Dispose() => voikko.Dispose();
}
