using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The Render stage: templates parsed once, then every producer's files, each made and handed to
/// the sink as soon as possible on all cores (<see cref="RenderQueue"/>: all producers side by
/// side), so that no more than a few files are in memory and writing overlaps rendering. A file
/// the sink already has (serve: same fingerprint) is not made.
/// </summary>
public static class RenderStage
{
    /// <summary>Every producer, each made with what it reads of the stage's inputs.</summary>
    public static IReadOnlyList<Func<ProducerInputs, IOutputProducer>> DefaultProducers() =>
    [
        i => new HtmlPageProducer(i.Pages, i.Fingerprints),
        i => new FeedProducer(i.Site, i.Fingerprints),
        i => new OpenDataProducer(i.Site, i.Fingerprints, i.Records),
        i => new AttachmentProducer(i.Site, i.Diagnostics),
        i => new SitemapProducer(i.Site, i.Fingerprints, i.Previous),
        i => new RobotsProducer(i.Site),
        i => new OpenSearchProducer(i.Site),
        i => new RedirectProducer(i.Site),
        i => new ParentAddressProducer(i.Site),
        i => new CouncilPageProducer(i.Pages, i.Fingerprints),
        i => new FollowFeedProducer(i.Site, i.Fingerprints),
        i => new MeetingDataProducer(i.Site, i.Fingerprints),
        i => new HeadersProducer(i.Site, i.Fingerprints),
        i => new NotFoundPageProducer(i.Pages, i.Fingerprints),
        i => new SearchIndexProducer(i.Site, i.Search, i.Diagnostics),
        i => new Members.MembersDataProducer(i.Site, i.Fingerprints),
        // Last: its pages wait for the index, built meanwhile.
        i => new SearchPageProducer(i.Pages, i.Search),
    ];

    /// <summary>
    /// Makes every file into <paramref name="sink"/>; how many files were rendered on demand
    /// (those producers made already are not counted), or null when the templates did not load.
    /// <paramref name="producerDone"/> hears of the parts done before the producers (serve's
    /// fingerprints); <paramref name="producerTiming"/> gets each producer's share of the work
    /// (<see cref="ProducerMeter"/>) after all of them finished, since they run side by side.
    /// </summary>
    /// <param name="search">The Search stage's index of each language, built while pages render.</param>
    /// <param name="cache">This stage's part of what serve keeps between builds; a one-off build passes none, the same as an empty one.</param>
    /// <param name="theme">The theme, when the caller started loading it earlier (<see cref="Theme.LoadSoon"/>).</param>
    /// <param name="inputs">Of what the model was made from (<see cref="Incremental.ModelInputs"/>); a model rendered alone (tests) is its own.</param>
    /// <param name="hashes">The fingerprints <paramref name="inputs"/> was made with, kept by the pipeline between serve's builds.</param>
    /// <param name="beforeSearch">
    /// serve's edit: the producers that read the search index (<see cref="IOutputProducer.ReadsSearch"/>)
    /// are left until every other file is made, which then has both cores; this is then called with
    /// how many files were made so far (serve publishes them), and the index and the rest are made
    /// only if it returns true. Without it every producer runs at once, as in a one-off build.
    /// </param>
    public static int? Render(SiteModel site, DiagnosticBag diagnostics, IOutputSink sink, Search.SiteSearch search, IReadOnlyList<Func<ProducerInputs, IOutputProducer>>? producers = null, RenderCache? cache = null, Incremental.ModelHashCache? hashes = null, Action<string>? producerDone = null, Action<StageTiming>? producerTiming = null, Fingerprint? inputs = null, Task<Theme>? theme = null, Func<int, bool>? beforeSearch = null)
    {
        var incremental = cache ?? new RenderCache();
        var loaded = theme?.GetAwaiter().GetResult() ?? Theme.Load(site.Config, incremental);
        diagnostics.AddRange(loaded.Messages);
        if (loaded.Templates is not { } templates)
        {
            return null;
        }

        var (folder, assets) = (loaded.Folder, loaded.Assets);
        var pages = new PageRenderer(site, new TemplateRenderer(templates, assets.Links, diagnostics));
        var available = new ProducerInputs(
            site,
            pages,
            Incremental.Fingerprints.Compute(site, folder, inputs ?? default, hashes ?? new Incremental.ModelHashCache()),
            incremental.Previous,
            incremental.Records,
            search,
            diagnostics);
        producerDone?.Invoke("fingerprints");

        // One pipeline for every producer's files, so both cores stay busy from the first file to
        // the last (producers one after another left a core idle between them and during each
        // producer's single-threaded parts); each producer's share is measured for --timings.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        incremental.Claims.NextBuild();
        var queue = new RenderQueue(sink, diagnostics, incremental.Claims);
        var meters = new List<ProducerMeter>();
        var assetMeter = new ProducerMeter("Assets", clock);
        meters.Add(assetMeter);
        queue.AddFiles(assets.Files, assetMeter);
        var waiting = new List<(IOutputProducer Producer, ProducerMeter Meter)>();
        foreach (var make in producers ?? DefaultProducers())
        {
            var producer = make(available);
            var meter = new ProducerMeter(producer.GetType().Name.Replace("Producer", "", StringComparison.Ordinal), clock);
            meters.Add(meter);
            if (beforeSearch is not null && producer.ReadsSearch)
            {
                waiting.Add((producer, meter));
            }
            else
            {
                queue.AddProducer(producer.Produce, meter);
            }
        }

        queue.Run();
        var made = queue.Made;
        if (beforeSearch?.Invoke(made) == true)
        {
            // The same build's claims: a search file may not take another file's path either.
            var rest = new RenderQueue(sink, diagnostics, incremental.Claims);
            foreach (var (producer, meter) in waiting)
            {
                rest.AddProducer(producer.Produce, meter);
            }

            rest.Run();
            made += rest.Made;
        }

        foreach (var meter in meters)
        {
            producerTiming?.Invoke(meter.Timing());
        }

        // Never swallowed: a page the compiled templates handed to Scriban is slower, so it is counted where timings are shown.
        if (pages.Templates.Fallbacks > 0)
        {
            producerTiming?.Invoke(new StageTiming($"render:{pages.Templates.Fallbacks} pages by Scriban's walk", TimeSpan.Zero, TimeSpan.Zero, 0));
        }

        return made;
    }
}
