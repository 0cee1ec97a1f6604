using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// Analyses every document and scores every term in it with BM25F: title and proposal count
/// more than the rest (<see cref="TitleWeight"/>, <see cref="ProposalWeight"/>). Each document
/// is analysed by its own language's rules, so a Swedish page's index also finds the decisions
/// that exist only in Finnish, by their Finnish words. Two steps, so that <c>serve</c> can keep
/// the first: each document's own analysis (<see cref="Analyze"/>), then the index of all of
/// them (compound parts from the corpus's vocabulary, postings, scores) in flat arrays.
/// </summary>
public static class SearchIndexBuilder
{
    public const double TitleWeight = 3;
    public const double ProposalWeight = 2;
    public const int MaxVariants = 21;

    // A gap of positions between fields, so a phrase never spans the title and the proposal.
    private const int FieldGap = 10;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly int[] FieldWeights = [(int)TitleWeight, (int)ProposalWeight, 1];

    // Tells one index build's marks on cached words from another's.
    private static int builds;

    public static SearchIndex Build(string language, IEnumerable<SearchDocument> documents)
    {
        var docs = Order(documents);
        var analyzers = new Dictionary<string, TextAnalyzer>(StringComparer.Ordinal);
        var analyses = new DocumentAnalysis[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            analyses[i] = Analyze(AnalyzerFor(analyzers, docs[i].Language), docs[i]);
        }

        return Build(language, docs, analyses, analyzers);
    }

    /// <summary>
    /// The same index as <see cref="Build(string, IEnumerable{SearchDocument})"/> of the documents
    /// <paramref name="make"/> gives for <paramref name="sources"/>, which are already in id order
    /// (<see cref="Order"/>): each document is made and analysed at once, and kept without its
    /// proposal and text, which the index files do not show. So the plain texts of thousands of
    /// decisions die young instead of outliving every collection until the index is written.
    /// </summary>
    public static SearchIndex Build<T>(string language, IReadOnlyList<T> sources, Func<T, SearchDocument> make)
    {
        var docs = new List<SearchDocument>(sources.Count);
        var analyzers = new Dictionary<string, TextAnalyzer>(StringComparer.Ordinal);
        var analyses = new DocumentAnalysis[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            var doc = make(sources[i]);
            analyses[i] = Analyze(AnalyzerFor(analyzers, doc.Language), doc);
            docs.Add(doc with { Proposal = "", Text = "" });
        }

        return Build(language, docs, analyses, analyzers);
    }

    /// <summary>Newest first, then by path: the order of document ids.</summary>
    internal static List<SearchDocument> Order(IEnumerable<SearchDocument> documents) =>
        documents.OrderByDescending(d => d.Date).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();

    internal static TextAnalyzer AnalyzerFor(Dictionary<string, TextAnalyzer> analyzers, string language)
    {
        if (!analyzers.TryGetValue(language, out var analyzer))
        {
            analyzer = new TextAnalyzer(LanguageRules.For(language), baseForms: BaseFormSources.For(language));
            analyzers[language] = analyzer;
        }

        return analyzer;
    }

    internal static DocumentAnalysis Analyze(TextAnalyzer analyzer, SearchDocument doc) =>
        analyzer.AnalyzeDocument([doc.Title, doc.Proposal, doc.Text], FieldWeights, FieldGap);

    /// <summary>The index of documents in id order, each analysed by its language's analyser in <paramref name="analyzers"/>.</summary>
    internal static SearchIndex Build(string language, IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyDictionary<string, TextAnalyzer> analyzers) =>
        Build(language, docs, analyses, analyzers, NextBuild(), false);

    /// <summary>A new stamp for <see cref="IndexWord.InVocabulary"/> and <see cref="IndexWord.Resolved"/>.</summary>
    internal static int NextBuild() => Interlocked.Increment(ref builds);

    /// <summary>
    /// The index, with words marked in the vocabulary as of <paramref name="build"/>; with
    /// <paramref name="raw"/> it keeps each posting's weight and surface forms (what <c>serve</c> patches it from).
    /// </summary>
    internal static SearchIndex Build(string language, IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyDictionary<string, TextAnalyzer> analyzers, int build, bool raw) =>
        Build(language, docs, analyses, analyzers, BaseFormClasses.Of(docs, analyses, analyzers), build, raw);

    /// <summary>The same, with the base-form classes of the documents given (what <c>serve</c> keeps to compare the next edit's with).</summary>
    internal static SearchIndex Build(string language, IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyDictionary<string, TextAnalyzer> analyzers, Dictionary<string, BaseFormClasses> classes, int build, bool raw)
    {

        // The compound dictionary of each document language: the words of its documents.
        for (var d = 0; d < docs.Count; d++)
        {
            foreach (var word in analyses[d].Vocabulary)
            {
                word.InVocabulary = build;
            }
        }

        var lookups = analyzers.ToDictionary(a => a.Key, a => (VocabularyLookup)(span => a.Value.Find(span) is { } w && w.InVocabulary == build ? w : null), StringComparer.Ordinal);
        long words = 0, positions = 0;
        foreach (var analysis in analyses)
        {
            words += analysis.Words.Length;
            positions += analysis.Positions.Length;
        }

        // Parts add postings and positions beyond the words'; a quarter more is room for them.
        var postings = new PostingsBuilder(build, (int)Math.Min(int.MaxValue / 2, words * 5 / 4), (int)Math.Min(int.MaxValue / 2, positions * 5 / 4));
        var lengths = new double[docs.Count];
        for (var d = 0; d < docs.Count; d++)
        {
            postings.Add(d, analyses[d], lookups[docs[d].Language], classes.GetValueOrDefault(docs[d].Language));
            lengths[d] = analyses[d].Length;
        }

        return postings.ToIndex(language, docs, lengths, Average(lengths), Score, raw);
    }

    /// <summary>
    /// The average document length BM25 normalises by, rounded to 16 steps an octave: an edit of
    /// one decision among thousands almost never moves it, so <c>serve</c> can rescore only the
    /// terms the edit touched and still write what a fresh build writes.
    /// </summary>
    internal static double Average(double[] lengths)
    {
        var average = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var step = Math.ScaleB(1, Math.ILogB(average) - 4);
        return Math.Round(average / step, MidpointRounding.AwayFromZero) * step;
    }

    internal static byte Score(double idf, double weight, double length, double average)
    {
        var norm = K1 * (1 - B + (B * length / average));
        var score = idf * weight * (K1 + 1) / (weight + norm);
        return (byte)(int)Math.Clamp(Math.Round(score * 10, MidpointRounding.AwayFromZero), 1, 255);
    }

    internal static double Idf(int count, int documentFrequency) =>
        Math.Log(1 + ((count - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
