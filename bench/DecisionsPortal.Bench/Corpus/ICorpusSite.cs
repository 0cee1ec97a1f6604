namespace DecisionsPortal.Bench.Corpus;

/// <summary>A site that the synthetic corpus is written into: its configuration once, then each decision.</summary>
public interface ICorpusSite
{
    string Root { get; }

    void WriteConfiguration();

    /// <summary>Called from several threads at once, each with another decision.</summary>
    void WriteDecision(SyntheticDecision decision);
}
