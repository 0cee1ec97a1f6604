using DecisionsPortal.Bench.Measuring;

namespace DecisionsPortal.Bench.Reporting;

/// <summary>
/// Everything measured at one corpus size in one output location (<see cref="Location"/>: its file
/// system). <see cref="Rebuild"/> and <see cref="HugoRebuild"/> are each tool's build again over
/// its own unchanged output (what CI on a persistent runner, a re-run and an editor's laptop see).
/// </summary>
public sealed record SizeResult(int Size, string Location, ToolResult Portal, ToolResult Rebuild, ToolResult? Hugo, ToolResult? HugoRebuild, IReadOnlyList<SearchPayload> Search, string Timings);
