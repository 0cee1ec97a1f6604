using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Bench.Reporting;

/// <summary>The runs of one tool on one corpus; <see cref="Median"/> is the run with the median wall time.</summary>
public sealed record ToolResult(string Tool, IReadOnlyList<RunMeasurement> Runs, OutputStats Output, string LoadAverage)
{
    public RunMeasurement Median => Runs.OrderBy(r => r.Wall).ElementAt(Runs.Count / 2);
}
