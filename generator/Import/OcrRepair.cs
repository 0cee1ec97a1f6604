namespace DecisionsPortal.Import;

/// <summary>
/// Restores the ä and ö that OCR lost or misread ("yhteisty6ta", "Paatdésehdotus"). A word the
/// spell checker accepts is left alone. Otherwise every spelling reachable by the known confusions
/// (a→ä, o→ö, 6→ö, d→ä/ö, dé→ö/ä) is tried, fewest changes first, and the word is repaired only
/// when exactly one spelling at that distance is a word. Anything else is kept as written and
/// reported, with its line, for a person to review: nothing is guessed silently.
/// </summary>
public sealed partial class OcrRepair(ISpeller speller)
{
    // Enough for the longest damaged words of real minutes ("Paatdésehdotus" needs 3) while
    // keeping a hopeless word (a proper name, a real typo) from costing thousands of lookups.
    private const int MaxChanges = 5;
    private const int MaxTries = 3000;

    private readonly Dictionary<string, (string? Repaired, IReadOnlyList<string> Candidates)> cache = new(StringComparer.Ordinal);

    /// <summary>The line with its words repaired, and every word that was not accepted as written.</summary>
    public (string Text, IReadOnlyList<WordRepair> Words) RepairLine(string line, int lineNumber)
    {
        var words = new List<WordRepair>();
        var text = Word().Replace(line, match =>
        {
            var word = match.Value;
            if (!word.Any(char.IsLetter) || speller.Accepts(word))
            {
                return word;
            }

            var (repaired, candidates) = Repair(word);
            words.Add(new WordRepair(word, lineNumber, match.Index + 1, repaired, candidates));
            return repaired ?? word;
        });
        return (text, words);
    }

    private (string? Repaired, IReadOnlyList<string> Candidates) Repair(string word)
    {
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var units = Units(word);
        var confusable = Enumerable.Range(0, units.Count).Where(i => units[i].Alternatives.Length > 0).ToList();
        var tries = 0;
        var result = ((string?)null, (IReadOnlyList<string>)[]);
        for (var changes = 1; changes <= Math.Min(MaxChanges, confusable.Count) && tries < MaxTries; changes++)
        {
            var accepted = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var candidate in Candidates(units, confusable, changes))
            {
                if (++tries > MaxTries)
                {
                    break;
                }

                if (speller.Accepts(candidate))
                {
                    accepted.Add(candidate);
                }
            }

            if (accepted.Count > 0)
            {
                result = (accepted.Count == 1 ? accepted.Min : null, accepted.ToList());
                break;
            }
        }

        cache[word] = result;
        return result;
    }

    private static IEnumerable<string> Candidates(IReadOnlyList<Unit> units, IReadOnlyList<int> confusable, int changes) =>
        Combinations(confusable, changes, 0).SelectMany(positions => Spellings(units, positions, 0, new StringBuilder()));

    private static IEnumerable<IReadOnlyList<int>> Combinations(IReadOnlyList<int> items, int count, int start)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= items.Count - count; i++)
        {
            foreach (var rest in Combinations(items, count - 1, i + 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    private static IEnumerable<string> Spellings(IReadOnlyList<Unit> units, IReadOnlyList<int> changed, int index, StringBuilder prefix)
    {
        if (index == units.Count)
        {
            yield return prefix.ToString();
            yield break;
        }

        var options = changed.Contains(index) ? units[index].Alternatives : [units[index].Text];
        foreach (var option in options)
        {
            var length = prefix.Length;
            prefix.Append(option);
            foreach (var spelling in Spellings(units, changed, index + 1, prefix))
            {
                yield return spelling;
            }

            prefix.Length = length;
        }
    }

    /// <summary>The word cut into the pieces OCR may have confused, each with what it may have been.</summary>
    private static List<Unit> Units(string word)
    {
        var units = new List<Unit>();
        for (var i = 0; i < word.Length; i++)
        {
            if (string.CompareOrdinal(word, i, "dé", 0, 2) == 0)
            {
                units.Add(new Unit("dé", ["ö", "ä"]));
                i++;
                continue;
            }

            var c = word[i];
            string[] alternatives = c switch
            {
                'a' => ["ä"],
                'A' => ["Ä"],
                'o' => ["ö"],
                'O' => ["Ö"],
                '6' => ["ö"],
                'd' => ["ä", "ö"],
                _ => [],
            };
            units.Add(new Unit(c.ToString(), alternatives));
        }

        return units;
    }

    // Letters, with '6' inside a word (OCR's "ö") and hyphens between parts ("Hallinto-").
    [GeneratedRegex(@"[\p{L}6]+(?:-[\p{L}6]+)*")]
    private static partial Regex Word();

    private sealed record Unit(string Text, string[] Alternatives);
}
