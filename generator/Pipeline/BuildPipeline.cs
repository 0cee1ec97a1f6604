using System.Diagnostics;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering;
using DecisionsPortal.Site;

namespace DecisionsPortal.Pipeline;

/// <summary>
/// Configure → Load → Model → Render → Publish. Each stage adds to one diagnostics bag; the
/// run stops after Model when any error exists, so Render and Publish never run on bad input.
/// </summary>
public static class BuildPipeline
{
    /// <summary>Everything a build does but write: the files are returned in the result (<c>check</c>, tests).</summary>
    public static BuildResult Check(BuildOptions options, BuildCache? cache = null) => Run(options, cache, new MemorySink());

    /// <param name="cache">What earlier runs kept, for <c>serve</c>'s rebuilds; a one-off build runs the same code with an empty one.</param>
    /// <param name="sink">Where the files go instead of the output folder (memory for <see cref="Check"/>).</param>
    /// <param name="serve"><c>serve</c>'s own folder instead of the output folder, its previous output kept in <paramref name="cache"/>, and what it adds to each page.</param>
    /// <param name="published">
    /// serve: every file but the search index's and the search pages' is published before the index
    /// is built and those are made (<see cref="IOutputSink.PublishSoFar"/>), and this hears of it with
    /// the run so far. The run's result, when it returns, is of every file.
    /// </param>
    public static BuildResult Run(BuildOptions options, BuildCache? cache = null, IOutputSink? sink = null, Action<BuildResult>? published = null, (string Folder, Func<string, byte[], byte[]> Pages)? serve = null)
    {
        var clock = Stopwatch.StartNew();
        var oneOff = cache is null;
        cache ??= new BuildCache();
        var diagnostics = new DiagnosticBag();
        SiteModel? site = null;
        var siteFiles = 0;
        var written = 0;
        var removed = 0;
        var readBack = 0;
        var made = 0;
        (TimeSpan, TimeSpan)? writer = null;
        IReadOnlyList<OutputFile>? rendered = null;
        IOutputSink? open = null;
        Task<Theme>? theme = null;
        var stages = new List<StageTiming>();
        var stageClock = Stopwatch.StartNew();
        var stageCpu = Environment.CpuUsage.TotalTime;
        var stageAllocated = GC.GetTotalAllocatedBytes();
        void Stage(string name)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var allocated = GC.GetTotalAllocatedBytes();
            stages.Add(new StageTiming(name, stageClock.Elapsed, cpu - stageCpu, allocated - stageAllocated));
            stageClock.Restart();
            stageCpu = cpu;
            stageAllocated = allocated;
        }

        try
        {
            var config = SiteConfigLoader.Load(options, diagnostics, cache.Strings);
            Stage("configure");
            if (config is null || diagnostics.HasErrors)
            {
                return Done();
            }

            theme = Theme.LoadSoon(config, cache.Render);

            // The output is taken first: a build that died before left it to this one to put back
            // and clear (staging folders, a retired site), whether or not this one succeeds.
            var cacheFolder = options.CacheDirectory ?? UserCache.DefaultFolder();
            var staging = sink is not null ? null
                : serve is { } own ? StagingFolder.Begin(own.Folder, diagnostics, kept: cache.Render.Previous, pages: own.Pages)
                : StagingFolder.Begin(config.OutputDirectory, diagnostics, cacheFolder);
            open = staging;
            if (sink is null && staging is null)
            {
                return Done();
            }

            // Model runs even when some files failed to load, on the ones that did, so that one
            // run also reports duplicate addresses and mismatched translations.
            cache.ParsedFiles.Keeps = !oneOff;
            var decisions = ContentLoader.Load(config, diagnostics, cache.ParsedFiles);
            cache.Attachments.Store = AttachmentTextStore.For(cacheFolder);
            cache.Search.StoreFolder = cacheFolder;
            cache.Search.KeepsIndexes = !oneOff;
            if (!cache.ParsedFiles.LastLoadTrusted)
            {
                // The load looked at every file: files beside the decisions may have changed too.
                cache.Attachments.ForgetKeys();
            }

            var meetings = MeetingLoader.Load(config, diagnostics);
            var members = Content.Members.MemberRegisterReader.Load(config, diagnostics);
            Stage("load");

            // What the model is made from, bodies left out: while it stands, every file that shows no body does too.
            cache.Hashes.NextBuild();
            var inputs = Incremental.ModelInputs.Of(config, decisions, meetings, members, cache.Hashes);
            // The model's checks of marked names read Finnish with the search's dictionary, one load of it a process.
            site = SiteModelBuilder.Build(config, decisions, diagnostics, meetings, cache.Model, members, cache.Attachments, inputs, new(() => Search.BaseForms.BaseFormSources.FinnishLibrary));
            Stage("model");
            if (diagnostics.HasErrors)
            {
                return Done();
            }

            // Files are written while they are rendered (streamed into the staging folder, which
            // replaces the output only when everything succeeded), so memory stays flat.
            open = sink ?? staging!;

            // Producers run side by side: the stage "render" is their total (as every stage, the
            // process's CPU time), then one line each for their own share, which overlap in wall time.
            var producers = new List<StageTiming>();
            var search = new Search.SiteSearch(site, cache.Search, cache.Attachments);
            Func<int, bool>? beforeSearch = published is null ? null : made =>
            {
                Stage("render");
                if (diagnostics.HasErrors)
                {
                    return false;
                }

                open!.PublishSoFar();
                Stage("publish");
                published(new BuildResult(diagnostics.ToSortedList(), site, 0, clock.Elapsed, stages.ToList()) { Rendered = made, FilesWritten = staging?.Changed.Written ?? 0 });
                return true;
            };
            var count = RenderStage.Render(site, diagnostics, open, search, cache: cache.Render, hashes: cache.Hashes, producerDone: name => Stage("render:" + name), producerTiming: producers.Add, inputs: inputs, theme: theme, beforeSearch: beforeSearch);
            Stage(published is null ? "render" : "render:search");
            cache.Search.SaveWordForms();
            stages.AddRange(producers);
            made = count ?? 0;
            var succeeded = count is not null && !diagnostics.HasErrors;
            var finished = open.Finish(succeeded);
            open = null;
            writer = staging?.WriterTiming;
            Stage(published is null ? "publish" : "publish:search");
            if (succeeded && finished)
            {
                rendered = (sink as MemorySink)?.Files;
                siteFiles = staging?.SiteFiles ?? 0;
                (written, removed) = staging?.Changed ?? (0, 0);
                readBack = staging?.PreviousFilesRead ?? 0;
            }

            if (oneOff)
            {
                // After the run has marked what it used. serve does not sweep: its session is not over.
                UserCache.Sweep(cacheFolder, AttachmentTextStore.FolderName, Search.BaseForms.StoredWordForms.FolderName, Output.OutputRecord.FolderName);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must still end in one readable line, never a stack trace for an editor.
            diagnostics.Error(DiagnosticCodes.InternalError, new SourceLocation(PathDisplay.Relative(options.ConfigPath)),
                $"internal error ({e.GetType().Name}: {e.Message}); please report it with this line");
        }
        finally
        {
            // An error of ours while rendering: what was written so far is thrown away.
            open?.Finish(succeeded: false);

            // A run that stopped before rendering still waits for its theme, which writes serve's
            // cache: the next run must not read that cache while it is being written.
            ((IAsyncResult?)theme)?.AsyncWaitHandle.WaitOne();
        }

        return Done();

        BuildResult Done() => new(diagnostics.ToSortedList(), site, siteFiles, clock.Elapsed, stages) { Files = rendered, Rendered = made, FilesWritten = written, FilesRemoved = removed, PreviousFilesRead = readBack, Writer = writer };
    }
}
