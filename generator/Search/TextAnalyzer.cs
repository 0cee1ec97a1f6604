namespace DecisionsPortal.Search;

/// <summary>
/// Text to index terms for one language: tokenise (hyphenated compounds also joined), lower-case,
/// drop stop words, Snowball-stem, fold diacritics; compounds also under their parts. Not
/// thread-safe (it caches per word and Lucene's stemmers keep state): one per language and thread.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly HashSet<string> stopWords;
    private readonly Func<string, string> stem;
    private readonly CompoundSplitter? splitter;
    private readonly Dictionary<string, string?> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> parts = new(StringComparer.Ordinal);

    public TextAnalyzer(LanguageRules rules, CompoundSplitter? splitter = null)
    {
        Rules = rules;
        stopWords = rules.StopWords.ToHashSet(StringComparer.Ordinal);
        stem = rules.CreateStemmer();
        this.splitter = splitter;
    }

    public LanguageRules Rules { get; }

    /// <summary>The term of one lower-cased word, or null for a stop word.</summary>
    public string? Term(string word)
    {
        if (!terms.TryGetValue(word, out var term))
        {
            term = stopWords.Contains(word) ? null : Folding.Fold(stem(word));
            terms[word] = term;
        }

        return term;
    }

    /// <summary>The terms of a text; positions start at <paramref name="firstPosition"/>.</summary>
    public IEnumerable<AnalyzedToken> Analyze(string text, int firstPosition = 0)
    {
        foreach (var token in Tokenizer.Tokenize(text, withJoinedCompounds: true))
        {
            var term = Term(token.Word);
            if (term is null)
            {
                continue;
            }

            var position = firstPosition + token.Position;
            yield return new AnalyzedToken(term, token.Word, position, false);
            foreach (var part in PartTerms(token.Word, term))
            {
                yield return new AnalyzedToken(part, "", position, true);
            }
        }
    }

    private string[] PartTerms(string word, string term)
    {
        if (splitter is null)
        {
            return [];
        }

        if (!parts.TryGetValue(word, out var found))
        {
            found = splitter.Parts(word).Select(Term).OfType<string>().Where(t => t != term).Distinct().ToArray();
            parts[word] = found;
        }

        return found;
    }
}
