using System.Runtime.InteropServices;
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

    // A term's forms the browser marks (SearchIndex.Forms), most common first: the rarer of a very common word are left unmarked rather than weigh on its shard.
    public const int MaxForms = 21;

    // And the compounds found through it that it lists after them (PostingsBuilder.CompoundMark), most common first.
    public const int MaxCompounds = 21;

    // A gap of positions between fields, so a phrase never spans the title and the proposal.
    private const int FieldGap = 10;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly int[] FieldWeights = [(int)TitleWeight, (int)ProposalWeight, 1];

    /// <summary>Newest first, then by path: the order of document ids.</summary>
    internal static readonly Comparer<SearchDocument> DocumentOrder = Comparer<SearchDocument>.Create((a, b) =>
        a.Date != b.Date ? b.Date.CompareTo(a.Date) : string.CompareOrdinal(a.Path, b.Path));

    internal static TextAnalyzer AnalyzerFor(LanguageSearchCache cache, string language) =>
        CollectionsMarshal.GetValueRefOrAddDefault(cache.Analyzers, language, out _) ??= new TextAnalyzer(LanguageRules.For(language), cache.Dictionary(language));

    /// <summary>
    /// A document's words: its three fields, then each attachment as a field of weight 0. An
    /// attachment's words are part of the decision's own search document rather than a document
    /// of their own, so all words of a query may match between the decision and its attachments,
    /// a decision is one result (and one count in the facets) however many attachments hold the
    /// words, and <c>serve</c> keeps and patches them with the decision's analysis. A word found
    /// only in attachments is posted under a term of its own (<see cref="PostingsBuilder.AttachmentMark"/>),
    /// so the browser knows the result was found there and ranks it below the decision's own words.
    /// </summary>
    internal static DocumentAnalysis Analyze(TextAnalyzer analyzer, SearchDocument doc)
    {
        if (doc.Attachments.Count == 0)
        {
            return analyzer.AnalyzeDocument([doc.Title, doc.Proposal, doc.Text], FieldWeights, FieldGap);
        }

        var fields = new[] { doc.Title, doc.Proposal, doc.Text }.Concat(doc.Attachments.Select(a => a.Text)).ToArray();
        var weights = FieldWeights.Concat(doc.Attachments.Select(_ => 0)).ToArray();
        return analyzer.AnalyzeDocument(fields, weights, FieldGap);
    }

    /// <summary>
    /// The same, with the base-form classes of the documents given (what <c>serve</c> keeps to compare the next edit's with);
    /// <paramref name="patchable"/> where a patch may read the index later (<see cref="PostingsBuilder.ToIndex"/>).
    /// </summary>
    internal static SearchIndex Build(string language, IReadOnlyList<SearchDocument> docs, IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyDictionary<string, TextAnalyzer> analyzers, Dictionary<string, BaseFormClasses> classes, Dictionary<IndexWord, int> vocabulary, bool patchable = true)
    {
        // The compound dictionary of each document language: the words of its documents.
        var lookups = Vocabulary.Lookups(analyzers, vocabulary);
        long words = 0, positions = 0;
        foreach (var analysis in analyses)
        {
            words += analysis.Words.Length;
            positions += analysis.Positions.Length;
        }

        // Compound parts and base-form classes add postings and positions beyond the words' (nearly
        // as many again): twice is room for them, so neither list grows, by copying, during a build.
        var distinct = 0;
        foreach (var analyzer in analyzers.Values)
        {
            distinct += analyzer.WordCount;
        }

        var postings = new PostingsBuilder((int)Math.Min(int.MaxValue / 2, words * 2), (int)Math.Min(int.MaxValue / 2, positions * 2), distinct);
        var lengths = new double[docs.Count];
        for (var d = 0; d < docs.Count; d++)
        {
            postings.Add(d, analyses[d], lookups[docs[d].Language], classes.GetValueOrDefault(docs[d].Language));
            lengths[d] = analyses[d].Length;
        }

        return postings.ToIndex(language, docs, lengths, Average(lengths), patchable);
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
