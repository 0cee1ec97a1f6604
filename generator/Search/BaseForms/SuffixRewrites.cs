namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// How a language's words end where they differ from their base forms, learnt from the corpus's
/// own (word, base form) pairs: "beslutet" → "beslut" gives "et" → "", "skolorna" → "skola"
/// "orna" → "a", "kokouksen" → "kokous" "ksen" → "s". The browser has no dictionary: a form typed
/// that the corpus does not hold, and whose Snowball stem differs from its base form's (Swedish
/// Snowball keeps "-et", Finnish gradation changes the stem), would find nothing; search.js tries
/// these rewrites on it, most supported first, and keeps a result only where the index holds the
/// base form made, or a word that a rewrite makes it from too.
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
        foreach (var word in words)
        {
            seen.Clear();
            // By index: a foreach over the IReadOnlyList would allocate an enumerator, once for each known word.
            var bases = word.Forms.Bases;
            for (var i = 0; i < bases.Count; i++)
            {
                var baseForm = bases[i];
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

        return support.Where(s => s.Value >= MinSupport)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key.Item1, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item2, StringComparer.Ordinal)
            .Take(Max)
            .Select(s => (s.Key.Item1, s.Key.Item2))
            .ToList();
    }
}
