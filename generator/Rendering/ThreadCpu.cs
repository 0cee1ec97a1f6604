using System.Runtime.InteropServices;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The CPU time of the calling thread, so that work of several producers running side by side can
/// be told apart (the process's CPU time cannot). Linux and macOS ask the kernel (clock_gettime,
/// a vDSO call); elsewhere the thread's wall time stands in for it (an upper bound).
/// </summary>
internal static partial class ThreadCpu
{
    private static readonly int Clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;

    public static TimeSpan Now() => Clock >= 0 && ClockGetTime(Clock, out var time) == 0
        ? TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100)
        : System.Diagnostics.Stopwatch.GetElapsedTime(0);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
