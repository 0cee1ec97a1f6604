using DecisionsPortal.Tests.Support.Browser;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("DecisionsPortal.Tests.Support.LongestCollectionsFirst", "DecisionsPortal.Tests")]

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Starts the collections that take longest first. xunit runs as many tests at once as
/// xunit.runner.json allows (two a core) and starts the next when one ends, in this order; a long
/// one started last keeps one core busy after the other has run out of work. Two a core, not one:
/// the two browser streams spend much of their time waiting on Chromium, and with one test a core
/// they would hold both places for most of the run while the CPU-bound classes waited, a core
/// idle. Only the order changes, never what runs; the
/// rest keep xunit's own order (by id), and the names below are only a hint, so a renamed class
/// merely starts later.
/// </summary>
public sealed class LongestCollectionsFirst : ITestCollectionOrderer
{
    // Longest first, as a run's trx shows them (bench/RESULTS.md has the times). A class is one
    // collection whose tests run one after another: a long one left to xunit's own order started
    // late and ran alone at the end of the run, one core idle (WithheldNamesInAttachmentsTests,
    // 147 tests, the last minute of a whole run).
    private static readonly string[] Longest =
    [
        BrowserCollection.Name,
        SecondBrowserCollection.Name,
        // Its one Nu checker run over every quality site is read by a browser class too (AgendaJourneyTests), which should find it done.
        "DecisionsPortal.Tests.Quality.HtmlValidityTests",
        // Its four parts (ServeMatchesBuildTests+First ... +Fourth).
        "DecisionsPortal.Tests.Serving.ServeMatchesBuildTests",
        "DecisionsPortal.Tests.Pipeline.RobustnessTests",
        "DecisionsPortal.Tests.Packaging.DotnetToolTests",
        "DecisionsPortal.Tests.Site.WithheldNamesInAttachmentsTests",
        "DecisionsPortal.Tests.Content.AttachmentTests",
        "DecisionsPortal.Tests.Search.SearchCacheTests",
        "DecisionsPortal.Tests.Site.AttachmentPropertiesTests",
        "DecisionsPortal.Tests.Pipeline.FuzzTests",
        "DecisionsPortal.Tests.Search.SearchIndexSizeTests",
        "DecisionsPortal.Tests.Site.InflectedNamesTests",
        "DecisionsPortal.Tests.Publishing.ContentRepositoryWorkflowTests",
        "DecisionsPortal.Tests.Pipeline.GoldenDiagnosticsTests",
        "DecisionsPortal.Tests.Pipeline.TimeZoneLocaleAndOrderTests",
        "DecisionsPortal.Tests.Content.ValidationTests",
        "DecisionsPortal.Tests.Site.TranslationNameMarksTests",
        "DecisionsPortal.Tests.Content.LegalFieldsValidationTests",
        // Its fixtures reuse the shared Chromium while the browser streams hold it, rather than start one.
        "DecisionsPortal.Tests.Quality.BrowserSharingTests",
        "DecisionsPortal.Tests.Site.AttachmentFormatsTests",
        "DecisionsPortal.Tests.Site.MeetingNoteLinkTests",
        "DecisionsPortal.Tests.Output.CrashSafetyTests",
        "DecisionsPortal.Tests.Diagnostics.MessageCatalogueTests",
        "DecisionsPortal.Tests.Search.SwedishBaseFormTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(Rank)
            .ThenBy(c => c.UniqueID);

    private static int Rank(ITestCollection collection)
    {
        var index = Array.FindIndex(Longest, name => collection.DisplayName == name || collection.DisplayName.Contains(" " + name, StringComparison.Ordinal));
        return index < 0 ? Longest.Length : index;
    }
}
