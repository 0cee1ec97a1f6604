namespace DecisionsPortal.Serving;

/// <summary>One stage of a serve build, in milliseconds (wall, and CPU of all threads) and megabytes allocated.</summary>
public sealed record ServeStage(string Stage, double WallMs, double CpuMs, double AllocatedMb)
{
    public static ServeStage Of(Diagnostics.StageTiming timing) => new(
        timing.Stage,
        Math.Round(timing.Elapsed.TotalMilliseconds, 1),
        Math.Round(timing.Cpu.TotalMilliseconds, 1),
        Math.Round(timing.AllocatedBytes / 1048576.0, 1));
}
