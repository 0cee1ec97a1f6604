using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Bench.Reporting;

/// <summary>
/// Everything measured at one corpus size. <see cref="Rebuild"/> is our build again over its own
/// unchanged output (what CI on a persistent runner and a re-run see).
/// </summary>
public sealed record SizeResult(int Size, ToolResult Portal, ToolResult Rebuild, ToolResult? Hugo, IReadOnlyList<SearchPayload> Search, string Timings);
