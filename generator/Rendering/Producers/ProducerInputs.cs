using DecisionsPortal.Diagnostics;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// All the Render stage has for its producers. Only the stage's list of producers sees it: each
/// entry hands a producer's constructor the part it reads, so a producer's constructor says what
/// it depends on and it can reach nothing else (not serve's records from a page, say).
/// </summary>
/// <param name="Fingerprints">Of this build's inputs, by which serve skips unchanged files.</param>
/// <param name="Previous">What the last good build of this <c>serve</c> session wrote (empty for a one-off build).</param>
/// <param name="Records">Each decision's bytes in decisions.json and decisions.csv, kept between serve's builds (empty for a one-off build).</param>
/// <param name="Search">Each language's search index, built on first use: its files, and its manifest for the search page.</param>
/// <param name="Diagnostics">Where a producer reports what it found wrong in an input it reads itself (an attachment search cannot read).</param>
public sealed record ProducerInputs(
    SiteModel Site,
    PageRenderer Pages,
    Incremental.Fingerprints Fingerprints,
    Output.PreviousOutput Previous,
    RecordCache Records,
    Search.SiteSearch Search,
    DiagnosticBag Diagnostics);
