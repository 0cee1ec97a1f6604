using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// One kind of output (pages, feeds, data, sitemap …). A producer is handed what it reads in its
/// constructor (<see cref="RenderStage.DefaultProducers"/> picks it out of <see cref="ProducerInputs"/>)
/// and returns files; adding one touches no other stage.
/// </summary>
public interface IOutputProducer
{
    /// <summary>
    /// Whether its files wait for the search index: serve makes them after publishing every other
    /// file of an edit, so that the editor's page does not wait for the index.
    /// </summary>
    bool ReadsSearch => false;

    IEnumerable<OutputFile> Produce();
}
