namespace DecisionsPortal.Bench.Corpus;

/// <summary>One decision of the synthetic corpus, with its text in every language.</summary>
public sealed record SyntheticDecision(
    int Number,
    string Slug,
    DateOnly Date,
    Term Organ,
    int Section,
    string Dnro,
    Official Preparer,
    Official Presenter,
    IReadOnlyList<Term> Topics,
    IReadOnlyDictionary<string, DecisionText> Text)
{
    public string Year => Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public string Iso => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
