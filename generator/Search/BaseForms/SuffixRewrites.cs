namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// How a language's words end where they differ from their base forms, learnt from the corpus's
/// own (word, base form) pairs: "beslutet" → "beslut" gives "et" → "", "skolorna" → "skola"
/// "orna" → "a", "kokouksen" → "kokous" "ksen" → "s". The browser has no dictionary: a form typed
/// that the corpus does not hold, and whose Snowball stem differs from its base form's (Swedish
/// Snowball keeps "-et", Finnish gradation changes the stem), would find nothing; search.js tries
/// these rewrites on it, most supported first, and keeps a result only where the index holds the
/// base form made, or a word that a rewrite makes it from too. A rewrite is shipped only where the
/// dictionary finds it mostly right on the words it would be tried on (<see cref="Precise"/>).
/// </summary>
internal static class SuffixRewrites
{
    // Enough for the common endings of both languages; each costs the manifest a few bytes.
    public const int Max = 400;

    // A rewrite seen once is as likely a dictionary's quirk as a rule.
    private const int MinSupport = 2;

    // The shortest start a rewrite keeps: "et" → "" must not turn "det" into "d".
    private const int MinStem = 2;

    /// <summary>The rewrites (ending, ending of the base form) of <paramref name="words"/>, most distinct words first.</summary>
    public static IReadOnlyList<(string From, string To)> Learn(IEnumerable<IndexWord> words)
    {
        var support = new Dictionary<(string, string), int>();
        var seen = new HashSet<(string, string)>();
        var all = words as IReadOnlyCollection<IndexWord> ?? words.ToList();
        foreach (var word in all)
        {
            seen.Clear();
            foreach (var baseForm in word.Forms.Bases)
            {
                var text = word.Text;
                var common = 0;
                while (common < text.Length && common < baseForm.Length && text[common] == baseForm[common])
                {
                    common++;
                }

                var rewrite = (text[common..], baseForm[common..]);
                if (common >= MinStem && common < text.Length && seen.Add(rewrite))
                {
                    support[rewrite] = support.GetValueOrDefault(rewrite) + 1;
                }
            }
        }

        var candidates = support.Where(s => s.Value >= MinSupport)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key.Item1, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item2, StringComparer.Ordinal)
            .Select(s => (s.Key.Item1, s.Key.Item2))
            .ToList();
        return Precise(all, candidates);
    }

    // How many words of the dictionary a rewrite is judged on, and asked about at most: enough to
    // tell a rule from a coincidence, few enough that the dictionary's answers cost little.
    private const int Judged = 20;
    private const int Asked = 60;

    // A guess shows its base form in the status, but a wrong one still lists unrelated decisions:
    // a rewrite must be right twice for each time it is wrong ("t" → "": stort, svart; "a" → "": ena, föra).
    private const int MinRightPerWrong = 2;

    // Wrong once or twice is as likely the dictionary's quirk, or a small corpus's few words, as the rule's.
    private const int MinWrong = 3;

    /// <summary>
    /// The rewrites that the dictionary finds right at least twice as often as wrong on the words they
    /// would be tried on in the browser: a word the corpus does not hold that a rewrite turns into
    /// one it does ("svart" into svar by "t" → "", as "stort" into stor). Right where the dictionary
    /// gives the word a base form of the word made (or the two share one), wrong where it gives it
    /// others; a word it does not know is not judged. The words made are the corpus's, in the order
    /// first seen, so the judgement depends only on the corpus and the dictionary.
    /// </summary>
    private static List<(string From, string To)> Precise(IReadOnlyCollection<IndexWord> words, List<(string From, string To)> rewrites)
    {
        var dictionary = words.FirstOrDefault(w => w.Dictionary is not null)?.Dictionary;
        if (dictionary is null)
        {
            return rewrites.Take(Max).ToList();
        }

        var held = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            held.TryAdd(word.Text, word.Forms.Bases);
        }

        foreach (var word in words)
        {
            foreach (var baseForm in word.Forms.Bases)
            {
                held.TryAdd(baseForm, [baseForm]);
            }
        }

        // Most supported first, until enough are kept: the rest are never asked about.
        var precise = new List<(string, string)>();
        foreach (var (from, to) in rewrites)
        {
            if (precise.Count == Max)
            {
                break;
            }

            int right = 0, wrong = 0, asked = 0;
            foreach (var (made, madeBases) in held)
            {
                if (right + wrong >= Judged || asked >= Asked)
                {
                    break;
                }

                if (!made.EndsWith(to, StringComparison.Ordinal) || made.Length - to.Length < MinStem)
                {
                    continue;
                }

                var typed = string.Concat(made.AsSpan(0, made.Length - to.Length), from);
                if (typed.Length <= from.Length + 1 || held.ContainsKey(typed))
                {
                    continue;
                }

                asked++;
                var bases = dictionary.Analyse(typed).Bases;
                if (bases.Count == 0)
                {
                    continue;
                }

                if (bases.Contains(made) || bases.Any(madeBases.Contains))
                {
                    right++;
                }
                else
                {
                    wrong++;
                }
            }

            if (wrong < MinWrong || right >= MinRightPerWrong * wrong)
            {
                precise.Add((from, to));
            }
        }

        return precise;
    }
}
