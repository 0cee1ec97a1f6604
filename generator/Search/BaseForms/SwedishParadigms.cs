namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Base forms that hunspell-sv's stemmer leaves out: it lists many inflected forms as words of
/// their own ("högre", "ligger", "säger", "gamla"), so its stem of them is the word itself. Then a
/// form is linked to its base form by the grammar — the irregular forms
/// (<see cref="SwedishIrregularForms"/>, also behind a prefix: "uppstod" → uppstå), a present
/// tense in -er of a verb in -a ("växer" → växa), a comparative or superlative whose whole
/// paradigm the dictionary holds ("högre", "högst" → hög; "större" → stor) — and a candidate
/// counts only when the dictionary knows it as a base form.
/// </summary>
internal static class SwedishParadigms
{
    // Longest first: "djupare" is djup + are, not djupa + re.
    private static readonly string[] ComparisonEndings = ["aste", "are", "ast", "sta", "ste", "re", "st"];

    /// <summary>
    /// The base forms of <paramref name="word"/> given Hunspell's <paramref name="stems"/>;
    /// <paramref name="isBase"/>: the dictionary gives the word as its own stem; <paramref name="isWord"/>: it knows the word.
    /// A stem that is itself such a form is followed once more ("högsta" → högst → hög).
    /// </summary>
    public static List<string> Complete(string word, List<string> stems, Func<string, bool> isBase, Func<string, bool> isWord)
    {
        if (stems.Count == 0 || (stems.Count == 1 && stems[0] == word))
        {
            return Linked(word, isBase, isWord) ?? stems;
        }

        if (SwedishIrregularForms.BasesOf.TryGetValue(word, out var irregular))
        {
            return [.. irregular];
        }

        var bases = new List<string>(stems.Count);
        foreach (var stem in stems)
        {
            var linked = stem == word ? null : Linked(stem, isBase, isWord);
            bases.AddRange((linked ?? [stem]).Where(b => !bases.Contains(b)));
        }

        return bases;
    }

    // The base forms the grammar links a form to, or null when it links none.
    private static List<string>? Linked(string word, Func<string, bool> isBase, Func<string, bool> isWord)
    {
        if (SwedishIrregularForms.BasesOf.TryGetValue(word, out var irregular))
        {
            return [.. irregular];
        }

        var found = new List<string>(2);
        for (var split = 2; split <= word.Length - 3; split++)
        {
            if (SwedishIrregularForms.BasesOfPart.TryGetValue(word.AsSpan(split), out var tail))
            {
                found.AddRange(tail.Select(b => word[..split] + b).Where(b => !found.Contains(b) && isBase(b)));
            }
        }

        if (found.Count == 0 && word.Length > 4 && word.EndsWith("er", StringComparison.Ordinal) && isBase(word[..^2] + "a"))
        {
            found.Add(word[..^2] + "a");
        }

        if (found.Count == 0)
        {
            Comparison(word, found, isBase, isWord);
        }

        // The neuter and definite forms of an adjective the dictionary knows only by its comparison: "högt", "höga" → hög.
        if (found.Count == 0 && word.Length > 3 && word[^1] is 't' or 'a' && isBase(word[..^1]) && Compares(word[..^1], isWord))
        {
            found.Add(word[..^1]);
        }

        return found.Count > 0 ? found : null;
    }

    private static bool Compares(string adjective, Func<string, bool> isWord) =>
        new[] { adjective, WithUmlaut(adjective) }.Any(s => isWord(s + "re") && isWord(s + "st"));

    private static string WithUmlaut(string stem)
    {
        var i = stem.LastIndexOfAny(['o', 'å', 'u']);
        return i < 0 ? stem : stem[..i] + stem[i] switch { 'o' => 'ö', 'å' => 'ä', _ => 'y' } + stem[(i + 1)..];
    }

    private static void Comparison(string word, List<string> found, Func<string, bool> isBase, Func<string, bool> isWord)
    {
        foreach (var ending in ComparisonEndings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < 2)
            {
                continue;
            }

            var stem = word[..^ending.Length];
            var (comparative, superlative) = ending.StartsWith('a') ? ("are", "ast") : ("re", "st");
            if (!isWord(stem + comparative) || !isWord(stem + superlative))
            {
                continue;
            }

            // The comparative's umlaut goes back in the base form: större → stor, längre → lång, yngre → ung.
            foreach (var candidate in new[] { WithoutUmlaut(stem), stem })
            {
                if (candidate != word && !found.Contains(candidate) && isBase(candidate))
                {
                    found.Add(candidate);
                    return;
                }
            }
        }
    }

    private static string WithoutUmlaut(string stem)
    {
        var i = stem.LastIndexOfAny(['ö', 'ä', 'y']);
        return i < 0 ? stem : stem[..i] + stem[i] switch { 'ö' => 'o', 'ä' => 'å', _ => 'u' } + stem[(i + 1)..];
    }
}
