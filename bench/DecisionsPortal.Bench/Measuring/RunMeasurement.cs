namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// One run of a process: wall time, CPU time (user + system) and peak resident memory, from the
/// kernel's accounting of the finished process (wait4's rusage, read by GNU time), and the bytes
/// it wrote to a block device (0 on tmpfs).
/// </summary>
public sealed record RunMeasurement(TimeSpan Wall, TimeSpan UserCpu, TimeSpan SystemCpu, long PeakRssKilobytes, int ExitCode, long WrittenBytes, string StandardOutput, string StandardError)
{
    public TimeSpan Cpu => UserCpu + SystemCpu;

    public bool Succeeded => ExitCode == 0;
}
