using System.Runtime.InteropServices;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// Text to index terms for one language: tokenise (hyphenated compounds also joined), lower-case,
/// drop stop words, Snowball-stem, fold diacritics (a compound's parts depend on the whole corpus:
/// <see cref="PostingsBuilder"/> adds them). Each distinct word is stemmed once (the corpus is Zipfian) and kept as one string instance. Not
/// thread-safe (it caches per word and Lucene's stemmers keep state): one per language and thread.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly HashSet<string> stopWords;
    private readonly SpanStemmer stem;
    private readonly IBaseFormSource? baseForms;
    private readonly WordTable words = new();

    // Per word id: what AnalyzeDocument asks of every token, in one small struct beside the
    // others instead of in each word's object, which would be one cache miss a token.
    private WordState[] states = new WordState[512];
    private readonly WordSink collect;

    // The document being analysed by AnalyzeDocument.
    private readonly List<IndexWord> docWords = [];
    private readonly List<int> docIds = [];
    private readonly List<int> docWeights = [];
    private readonly List<int> docAttached = [];
    private readonly List<int> tokenWords = [];
    private readonly List<int> tokenPositions = [];
    private readonly List<IndexWord> docVocabulary = [];
    private int stamp;
    private int fieldWeight;
    private int fieldStart;
    private int fieldLast;

    public TextAnalyzer(LanguageRules rules, IBaseFormSource? baseForms = null)
    {
        this.baseForms = baseForms;
        stopWords = rules.StopWords.ToHashSet(StringComparer.Ordinal);
        stem = rules.CreateSpanStemmer();
        collect = Collect;
    }

    /// <summary>How many distinct words this analyser has seen.</summary>
    internal int WordCount => words.Count;

    /// <summary>The term of one lower-cased word, or null for a stop word.</summary>
    public string? Term(ReadOnlySpan<char> word) => words[WordId(word)].Term;

    /// <summary>The cached word, if this analyser has seen it.</summary>
    internal IndexWord? Find(ReadOnlySpan<char> word) => words.Find(word, WordTable.Hash(word)) is var id and >= 0 ? words[id] : null;

    private int WordId(ReadOnlySpan<char> word)
    {
        var hash = WordTable.Hash(word);
        var id = words.Find(word, hash);
        if (id >= 0)
        {
            return id;
        }

        var text = word.ToString();
        var term = stopWords.Contains(text) ? null : Folding.Fold(stem(text), text);
        var entry = new IndexWord(words.Count, text, term, baseForms);
        id = words.Add(entry, hash);
        if (id == states.Length)
        {
            Array.Resize(ref states, states.Length * 2);
        }

        states[id] = new WordState { Indexed = entry.Term is not null, Long = text.Length >= CompoundSplitter.MinPart };
        return id;
    }

    /// <summary>
    /// A document's fields (title, proposal, the rest, weighted <paramref name="weights"/>; then
    /// its attachments, weight 0, counted apart) as distinct words with weights and positions; a gap of <paramref name="fieldGap"/>
    /// positions after each field's last indexed word keeps phrases inside one field.
    /// </summary>
    internal DocumentAnalysis AnalyzeDocument(ReadOnlySpan<string> fields, ReadOnlySpan<int> weights, int fieldGap)
    {
        stamp++;
        docWords.Clear();
        docIds.Clear();
        docWeights.Clear();
        docAttached.Clear();
        tokenWords.Clear();
        tokenPositions.Clear();
        docVocabulary.Clear();
        var position = 0;
        for (var f = 0; f < fields.Length; f++)
        {
            fieldWeight = weights[f];
            fieldStart = position;
            fieldLast = position - 1;
            Tokenizer.Scan(fields[f], collect);
            position = fieldLast + 1 + fieldGap;
        }

        var count = docWords.Count;
        var starts = new int[count + 1];
        foreach (var w in tokenWords)
        {
            starts[w + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            starts[i + 1] += starts[i];
        }

        // Each word's start serves as its cursor, which ends at the next word's start: moved back after.
        var positions = new int[tokenWords.Count];
        for (var t = 0; t < tokenWords.Count; t++)
        {
            positions[starts[tokenWords[t]]++] = tokenPositions[t];
        }

        starts.AsSpan(0, count).CopyTo(starts.AsSpan(1));
        starts[0] = 0;

        var length = 0;
        foreach (var weight in docWeights)
        {
            length += weight;
        }

        return new DocumentAnalysis(docWords.ToArray(), docWeights.ToArray(), starts, positions, length, docVocabulary.ToArray(), docAttached.ToArray(), docIds.ToArray());
    }

    private void Collect(ReadOnlySpan<char> span, int position, bool joined)
    {
        var id = WordId(span);
        ref var state = ref states[id];
        if (!joined && state.Long && state.VocabularyStamp != stamp && fieldWeight > 0)
        {
            state.VocabularyStamp = stamp;
            docVocabulary.Add(words[id]);
        }

        if (!state.Indexed)
        {
            return;
        }

        if (state.DocumentStamp != stamp)
        {
            state.DocumentStamp = stamp;
            state.Local = docWords.Count;
            docWords.Add(words[id]);
            docIds.Add(id);
            docWeights.Add(0);
            docAttached.Add(0);
        }

        var at = fieldStart + position;
        // In place: a list's indexer reads and writes (each checked) once a token.
        CollectionsMarshal.AsSpan(docWeights)[state.Local] += fieldWeight;
        if (fieldWeight == 0)
        {
            CollectionsMarshal.AsSpan(docAttached)[state.Local]++;
        }

        tokenWords.Add(state.Local);
        tokenPositions.Add(at);
        fieldLast = Math.Max(fieldLast, at);
    }

    private struct WordState
    {
        public int DocumentStamp;
        public int VocabularyStamp;
        public int Local;
        public bool Indexed;
        public bool Long;
    }
}
