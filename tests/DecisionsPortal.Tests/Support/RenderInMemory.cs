using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Tests.Support;

/// <summary>A model rendered alone, as <c>check</c> renders it: into memory.</summary>
public static class RenderInMemory
{
    /// <summary>The files, sorted by path; null when rendering reported an error.</summary>
    public static IReadOnlyList<OutputFile>? Files(SiteModel site, DiagnosticBag diagnostics, IReadOnlyList<Func<ProducerInputs, IOutputProducer>>? producers = null)
    {
        var sink = new MemorySink();
        return RenderStage.Render(site, diagnostics, sink, producers) is null || diagnostics.HasErrors ? null : sink.Files;
    }
}
