using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>The Render stage: templates parsed once, then every producer's files, sorted by path.</summary>
public static class RenderStage
{
    public static IReadOnlyList<IOutputProducer> DefaultProducers() =>
    [
        new HtmlPageProducer(),
        new FeedProducer(), new OpenDataProducer(), new AttachmentProducer(), new SitemapProducer(), new RobotsProducer(), new OpenSearchProducer(), new RedirectProducer(),
        new CouncilPageProducer(), new HeadersProducer(), new Search.SearchProducer(),
    ];

    public static IReadOnlyList<OutputFile>? Render(SiteModel site, DiagnosticBag diagnostics, IReadOnlyList<IOutputProducer>? producers = null, Pipeline.BuildCache? cache = null, Action<string>? producerDone = null)
    {
        var templates = TemplateSet.Load(site.Config.TemplatesDirectory, diagnostics);
        if (templates is null)
        {
            return null;
        }

        var assets = AssetCatalog.Load(site.Config.TemplatesDirectory, site.Config.BasePath);
        var context = new RenderContext(site, new TemplateRenderer(templates, assets.Links, diagnostics), new MarkdownRenderer()) { Cache = cache };
        var files = new List<OutputFile>(assets.Files);
        foreach (var producer in producers ?? DefaultProducers())
        {
            files.AddRange(producer.Produce(context));
            producerDone?.Invoke(producer.GetType().Name.Replace("Producer", "", StringComparison.Ordinal));
        }

        return diagnostics.HasErrors ? null : files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
