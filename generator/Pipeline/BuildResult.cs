using DecisionsPortal.Diagnostics;
using DecisionsPortal.Site;

namespace DecisionsPortal.Pipeline;

/// <summary>How a run ended: its diagnostics, and what it made when it got that far.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Site, int SiteFiles, TimeSpan Elapsed, IReadOnlyList<StageTiming>? Stages = null)
{
    /// <summary>The rendered files of a run that did not publish them (check, serve); null otherwise.</summary>
    public IReadOnlyList<Output.OutputFile>? Files { get; init; }

    /// <summary>Of <see cref="SiteFiles"/>, how many were new or changed and so written; the others were kept as they stood.</summary>
    public int FilesWritten { get; init; }

    /// <summary>How many files of the previous output were removed, as the new site no longer has them.</summary>
    public int FilesRemoved { get; init; }

    /// <summary>How many files of the previous output were read back to be compared with the new ones (those the cache's record could not vouch for).</summary>
    public int PreviousFilesRead { get; init; }

    /// <summary>How long the output's writer thread worked and rendering waited for it (a build that wrote an output folder).</summary>
    public (TimeSpan Busy, TimeSpan Blocked)? Writer { get; init; }

    /// <summary>How many files were rendered (serve skips those whose inputs did not change).</summary>
    public int Rendered { get; init; }

    /// <summary>
    /// The run's time for its summary line: a number, not text, so that the catalogue writes it as
    /// its language does (1.87 / 1,87); adding 0.00m keeps two decimals.
    /// </summary>
    public decimal Seconds => Math.Round((decimal)Elapsed.TotalSeconds, 2) + 0.00m;

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ExitCode => ExitCodes.Of(Diagnostics);
}
