namespace DecisionsPortal.Search;

/// <summary>
/// Analyses every document and scores every term in it with BM25F: title and proposal count
/// more than the rest (<see cref="TitleWeight"/>, <see cref="ProposalWeight"/>). Each document
/// is analysed by its own language's rules, so a Swedish page's index also finds the decisions
/// that exist only in Finnish, by their Finnish words.
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

    public static SearchIndex Build(string language, IEnumerable<SearchDocument> documents)
    {
        var docs = documents.OrderByDescending(d => d.Date).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
        var analyzers = docs.Select(d => d.Language).Distinct().Order(StringComparer.Ordinal)
            .ToDictionary(l => l, l => new TextAnalyzer(LanguageRules.For(l), new CompoundSplitter(Vocabulary(docs.Where(d => d.Language == l)))));

        var raw = new Dictionary<string, List<RawPosting>>(StringComparer.Ordinal);
        var lengths = new double[docs.Count];
        for (var id = 0; id < docs.Count; id++)
        {
            var doc = docs[id];
            var perTerm = new Dictionary<string, RawPosting>(StringComparer.Ordinal);
            var position = 0;
            foreach (var (text, weight) in new[] { (doc.Title, TitleWeight), (doc.Proposal, ProposalWeight), (doc.Text, 1.0) })
            {
                var last = position - 1;
                foreach (var token in analyzers[doc.Language].Analyze(text, position))
                {
                    if (!perTerm.TryGetValue(token.Term, out var posting))
                    {
                        posting = new RawPosting(id);
                        perTerm[token.Term] = posting;
                    }

                    posting.Weight += weight;
                    posting.Positions.Add(token.Position);
                    if (!token.IsPart)
                    {
                        posting.Surfaces.Add(token.Surface);
                        lengths[id] += weight;
                    }

                    last = Math.Max(last, token.Position);
                }

                position = last + 1 + FieldGap;
            }

            foreach (var (term, posting) in perTerm)
            {
                if (!raw.TryGetValue(term, out var list))
                {
                    list = [];
                    raw[term] = list;
                }

                list.Add(posting);
            }
        }

        var average = docs.Count == 0 ? 1 : Math.Max(1, lengths.Average());
        var terms = raw.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => Entry(r.Key, r.Value, docs.Count, lengths, average))
            .ToList();
        return new SearchIndex(language, docs, terms);
    }

    /// <summary>Every word of the documents long enough to be a compound's part.</summary>
    public static HashSet<string> Vocabulary(IEnumerable<SearchDocument> documents)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            foreach (var text in new[] { doc.Title, doc.Proposal, doc.Text })
            {
                words.UnionWith(Tokenizer.Tokenize(text).Select(t => t.Word).Where(w => w.Length >= CompoundSplitter.MinPart));
            }
        }

        return words;
    }

    private static TermEntry Entry(string term, List<RawPosting> postings, int count, double[] lengths, double average)
    {
        var idf = Math.Log(1 + ((count - postings.Count + 0.5) / (postings.Count + 0.5)));
        var variants = postings.SelectMany(p => p.Surfaces)
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxVariants).Select(g => g.Key).ToList();
        var bit = variants.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => 1 << x.i, StringComparer.Ordinal);
        var list = postings.Select(p =>
        {
            var norm = K1 * (1 - B + (B * lengths[p.Doc] / average));
            var score = idf * p.Weight * (K1 + 1) / (p.Weight + norm);
            var impact = (int)Math.Clamp(Math.Round(score * 10, MidpointRounding.AwayFromZero), 1, 255);
            var mask = p.Surfaces.Aggregate(0, (m, s) => m | bit.GetValueOrDefault(s));
            return new Posting(p.Doc, impact, mask, p.Positions.Distinct().Order().ToList());
        }).ToList();
        return new TermEntry(term, variants, list);
    }

    private sealed class RawPosting(int doc)
    {
        public int Doc { get; } = doc;

        public double Weight { get; set; }

        public List<int> Positions { get; } = [];

        public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
