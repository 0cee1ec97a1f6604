using System.Runtime.CompilerServices;
using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class ModelCacheTests
{
    [Fact]
    public void Serves_model_cache_keeps_no_deleted_decision_alive()
    {
        // serve keeps one cache for its whole session: a deleted decision must not stay in memory
        // (with its text, its page and what was worked out of it) for as long as serve runs.
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish()}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", text: "Piha on korjattava.")}
            """);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(new BuildOptions(site.ConfigPath), diagnostics)!;
        var cache = new ModelCache();
        var deleted = BuildWithAndDelete(site, config, cache, diagnostics);

        var kept = ContentLoader.Load(config, diagnostics);
        SiteModelBuilder.Build(config, kept, diagnostics, cache: cache);
        SiteModelBuilder.Build(config, kept, diagnostics, cache: cache);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        Assert.Single(cache.Last!.Decisions);
        Assert.False(deleted.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference BuildWithAndDelete(TestSite site, SiteConfig config, ModelCache cache, DiagnosticBag diagnostics)
    {
        var loaded = ContentLoader.Load(config, diagnostics);
        SiteModelBuilder.Build(config, loaded, diagnostics, cache: cache);
        File.Delete(Path.Combine(site.Root, "content/fi/2025/piha.md"));
        return new WeakReference(loaded.Single(d => d.Title == "Koulun pihan korjaus"));
    }
}
