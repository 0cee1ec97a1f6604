namespace DecisionsPortal.Diagnostics;

/// <summary>
/// How long one stage of a run took, for <c>build --timings</c>: wall time, and the CPU time of
/// all the process's threads (steadier than wall time on a busy machine, and it shows whether a
/// stage used both cores), and the bytes it allocated (steadier still: no clock at all).
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes);
