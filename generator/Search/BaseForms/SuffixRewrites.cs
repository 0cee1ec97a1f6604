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
        // Keyed by the two endings joined by a NUL (which no word holds), looked up by a span, so a
        // pair already counted makes no string; and of reference types only, whose generic code the
        // installed tool has precompiled: a dictionary, set and LINQ chain over tuples of strings were
        // compiled by the JIT at every start.
        var support = new Dictionary<string, Support>(StringComparer.Ordinal);
        var lookup = support.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new List<Support>();
        Span<char> key = stackalloc char[128];
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

                if (common < MinStem || common >= text.Length)
                {
                    continue;
                }

                var length = text.Length + baseForm.Length - (2 * common) + 1;
                var joined = length <= key.Length ? key[..length] : new char[length];
                text.AsSpan(common).CopyTo(joined);
                joined[text.Length - common] = Separator;
                baseForm.AsSpan(common).CopyTo(joined[(text.Length - common + 1)..]);
                if (!lookup.TryGetValue(joined, out var counted))
                {
                    counted = new Support(new string(joined), text.Length - common);
                    support.Add(counted.Key, counted);
                }

                if (!seen.Contains(counted))
                {
                    seen.Add(counted);
                    counted.Words++;
                }
            }
        }

        var kept = new List<Support>();
        foreach (var counted in support.Values)
        {
            if (counted.Words >= MinSupport)
            {
                kept.Add(counted);
            }
        }

        // By support, then by the ending and the base form's ending: the NUL sorts before every
        // letter, so the joined key orders as the pair does.
        kept.Sort((a, b) => a.Words != b.Words ? b.Words.CompareTo(a.Words) : string.CompareOrdinal(a.Key, b.Key));
        var rewrites = new List<(string From, string To)>(Math.Min(kept.Count, Max));
        for (var i = 0; i < kept.Count && i < Max; i++)
        {
            rewrites.Add((kept[i].Key[..kept[i].FromLength], kept[i].Key[(kept[i].FromLength + 1)..]));
        }

        return rewrites;
    }

    private const char Separator = '\0';

    /// <summary>One rewrite, its two endings joined by <see cref="Separator"/>, and the number of words showing it.</summary>
    private sealed class Support(string key, int fromLength)
    {
        public string Key { get; } = key;

        public int FromLength { get; } = fromLength;

        public int Words { get; set; }
    }
}
