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
    /// <param name="publish">False for <c>check</c> and <c>serve</c>: the rendered files are returned in the result instead of written.</param>
    /// <param name="cache">Parses of earlier runs, for <c>serve</c>'s rebuilds.</param>
    public static BuildResult Run(BuildOptions options, bool publish = true, BuildCache? cache = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        SiteModel? site = null;
        var written = 0;
        IReadOnlyList<OutputFile>? rendered = null;
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
            var config = SiteConfigLoader.Load(options, diagnostics);
            Stage("configure");
            if (config is null || diagnostics.HasErrors)
            {
                return Done();
            }

            // Model runs even when some files failed to load, on the ones that did, so that one
            // run also reports duplicate addresses and mismatched translations.
            var decisions = ContentLoader.Load(config, diagnostics, cache?.ParsedFiles);
            var meetings = MeetingLoader.Load(config, diagnostics);
            Stage("load");
            site = SiteModelBuilder.Build(config, decisions, diagnostics, meetings, cache?.Model);
            Stage("model");
            if (diagnostics.HasErrors)
            {
                return Done();
            }

            var files = RenderStage.Render(site, diagnostics, cache: cache, producerDone: name => Stage("render:" + name));
            Stage("render:sort");
            if (files is null || diagnostics.HasErrors || !publish)
            {
                rendered = diagnostics.HasErrors ? null : files;
                return Done();
            }

            if (OutputPublisher.Publish(config.OutputDirectory, files, diagnostics))
            {
                written = files.Count;
            }

            Stage("publish");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must still end in one readable line, never a stack trace for an editor.
            diagnostics.Error(DiagnosticCodes.InternalError, new SourceLocation(PathDisplay.Relative(options.ConfigPath)),
                $"internal error ({e.GetType().Name}: {e.Message}); please report it with this line");
        }

        return Done();

        BuildResult Done() => new(diagnostics.ToSortedList(), site, written, clock.Elapsed, stages) { Files = rendered };
    }
}
