using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The Render stage: templates parsed once, then every producer's files, each made and handed to
/// the sink as soon as possible on all cores, so that no more than a few files are in memory and
/// writing overlaps rendering. A file the sink already has (serve: same fingerprint) is not made.
/// </summary>
public static class RenderStage
{
    public static IReadOnlyList<IOutputProducer> DefaultProducers() =>
    [
        new HtmlPageProducer(),
        new FeedProducer(), new OpenDataProducer(), new AttachmentProducer(), new SitemapProducer(), new RobotsProducer(), new OpenSearchProducer(), new RedirectProducer(),
        new CouncilPageProducer(), new HeadersProducer(), new Search.SearchProducer(),
    ];

    /// <summary>The files in memory, sorted by path; null when rendering reported an error.</summary>
    public static IReadOnlyList<OutputFile>? Render(SiteModel site, DiagnosticBag diagnostics, IReadOnlyList<IOutputProducer>? producers = null)
    {
        var sink = new MemorySink();
        return Render(site, diagnostics, sink, producers) is null || diagnostics.HasErrors ? null : sink.Files;
    }

    /// <summary>
    /// Makes every file into <paramref name="sink"/>; how many files were rendered on demand
    /// (those producers made already are not counted), or null when the templates did not load.
    /// </summary>
    public static int? Render(SiteModel site, DiagnosticBag diagnostics, IOutputSink sink, IReadOnlyList<IOutputProducer>? producers = null, Pipeline.BuildCache? cache = null, Action<string>? producerDone = null)
    {
        var templates = TemplateSet.Load(site.Config.TemplatesDirectory, diagnostics);
        if (templates is null)
        {
            return null;
        }

        var assets = AssetCatalog.Load(site.Config.TemplatesDirectory, site.Config.BasePath);
        var context = new RenderContext(site, new TemplateRenderer(templates, assets.Links, diagnostics), new MarkdownRenderer())
        {
            Cache = cache,
            Fingerprints = cache is null ? null : Incremental.Fingerprints.Compute(site, cache.Hashes),
        };
        if (context.Fingerprints is not null)
        {
            producerDone?.Invoke("fingerprints");
        }

        var made = Emit(assets.Files, sink);
        foreach (var producer in producers ?? DefaultProducers())
        {
            made += Emit(producer.Produce(context).ToList(), sink);
            producerDone?.Invoke(producer.GetType().Name.Replace("Producer", "", StringComparison.Ordinal));
        }

        return made;
    }

    private static int Emit(IReadOnlyList<OutputFile> files, IOutputSink sink)
    {
        var made = 0;
        if (files.Count == 0)
        {
            return 0;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, files.Count, Math.Max(1, files.Count / (8 * Environment.ProcessorCount))), range =>
        {
            var count = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var file = files[i];
                if (sink.Keep(file))
                {
                    continue;
                }

                var bytes = file.Make();
                count += file.IsLater ? 1 : 0;
                if (bytes is not null)
                {
                    sink.Write(file, bytes);
                }
            }

            Interlocked.Add(ref made, count);
        });
        return made;
    }
}
