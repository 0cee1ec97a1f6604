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
        var incremental = cache?.Render;
        var folder = incremental is null ? default : Incremental.Fingerprints.Templates(site.Config.TemplatesDirectory);
        var templates = incremental?.Templates is { } kept && kept.Folder == folder ? kept.Set : Load(site.Config.TemplatesDirectory, diagnostics, incremental, folder);
        if (templates is null)
        {
            return null;
        }

        var assets = AssetCatalog.Load(site.Config.TemplatesDirectory, site.Config.BasePath);
        var context = new RenderContext(site, new TemplateRenderer(templates, assets.Links, diagnostics), new MarkdownRenderer())
        {
            Cache = cache,
            Fingerprints = incremental is null ? null : Incremental.Fingerprints.Compute(site, folder, incremental.Hashes),
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

    // serve parses the templates again only when a file in their folder changed; templates that
    // gave a warning are parsed every time, so that the warning is reported every time.
    private static TemplateSet? Load(string directory, DiagnosticBag diagnostics, Incremental.RenderCache? cache, Output.Fingerprint folder)
    {
        var own = new DiagnosticBag();
        var templates = TemplateSet.Load(directory, own);
        foreach (var diagnostic in own.ToSortedList())
        {
            diagnostics.Add(diagnostic);
        }

        if (cache is not null)
        {
            cache.Templates = templates is not null && own.ToSortedList().Count == 0 ? (folder, templates) : null;
        }

        return templates;
    }

    private static int Emit(IReadOnlyList<OutputFile> files, IOutputSink sink)
    {
        var made = 0;
        if (files.Count == 0)
        {
            return 0;
        }

        // As many workers as cores: each renders a file and writes it, so I/O overlaps rendering
        // without more threads than cores contending for the file system.
        sink.Expect(files);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, files.Count, Math.Max(1, files.Count / (8 * Environment.ProcessorCount))), parallel, range =>
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
