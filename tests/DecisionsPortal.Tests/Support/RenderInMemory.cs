using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Search;
using DecisionsPortal.Site;

namespace DecisionsPortal.Tests.Support;

/// <summary>A model rendered alone, as <c>check</c> renders it: into memory.</summary>
public static class RenderInMemory
{
    /// <summary>The files, sorted by path; null when rendering reported an error.</summary>
    public static IReadOnlyList<OutputFile>? Files(SiteModel site, DiagnosticBag diagnostics, IReadOnlyList<Func<ProducerInputs, IOutputProducer>>? producers = null)
    {
        var sink = new MemorySink();
        return RenderStage.Render(site, diagnostics, sink, SearchOf(site), producers) is null || diagnostics.HasErrors ? null : sink.Files;
    }

    /// <summary>The search index of a model with nothing kept from an earlier build.</summary>
    public static SiteSearch SearchOf(SiteModel site) => new(site, new SearchCache(), new DecisionsPortal.Content.AttachmentTextCache());
}
