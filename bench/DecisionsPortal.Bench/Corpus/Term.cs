namespace DecisionsPortal.Bench.Corpus;

/// <summary>An organ or a topic: the id used in front matter and its label per language.</summary>
public sealed record Term(string Id, string Fi, string Sv)
{
    public string Label(string language) => language == "sv" ? Sv : Fi;
}
