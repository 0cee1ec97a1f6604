using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// One kind of output (pages, feeds, data, sitemap …). A producer reads only the site model
/// through its <see cref="RenderContext"/> and returns files; adding one touches no other stage.
/// </summary>
public interface IOutputProducer
{
    IEnumerable<OutputFile> Produce(RenderContext context);
}
