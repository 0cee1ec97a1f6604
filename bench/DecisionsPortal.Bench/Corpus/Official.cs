namespace DecisionsPortal.Bench.Corpus;

/// <summary>A preparer or presenter: a name and an office in each language.</summary>
public sealed record Official(string Name, string TitleFi, string TitleSv)
{
    public string Title(string language) => language == "sv" ? TitleSv : TitleFi;
}
