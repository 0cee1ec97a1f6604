namespace DecisionsPortal.Tests.Pipeline;

/// <summary>The classes that read the generated 300-decision corpus share its one build (seconds of CPU).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusOpenDataTests.Corpus>
{
    public const string Name = "Corpus of 300 decisions";
}
