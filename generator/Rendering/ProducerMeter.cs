using System.Diagnostics;

namespace DecisionsPortal.Rendering;

/// <summary>
/// What one producer cost while producers run side by side (<c>build --timings</c>): the CPU time
/// and the bytes allocated by the threads while they worked for it, and the wall time from its
/// first piece of work starting to its last ending (so producers' wall times overlap).
/// "Working for it" follows the execution context: work a producer spreads over threads itself
/// (Search builds its languages side by side with Parallel.For) carries the producer along and is
/// counted for it too. Not counted for any producer: the garbage collector's own threads.
/// </summary>
internal sealed class ProducerMeter(string name, Stopwatch clock)
{
    // Called on a thread whenever the producer it works for changes: when WorkFor sets it, and when a
    // thread-pool thread takes up (or leaves) work that carries it in its execution context.
    private static readonly AsyncLocal<ProducerMeter?> Current = new(Switched);

    [ThreadStatic]
    private static ProducerMeter? charged;

    [ThreadStatic]
    private static TimeSpan cpuSince;

    [ThreadStatic]
    private static long bytesSince;

    private long cpuTicks;
    private long allocated;
    private long first = long.MaxValue;
    private long last;

    public Diagnostics.StageTiming Timing()
    {
        var start = Interlocked.Read(ref first);
        var span = start == long.MaxValue ? TimeSpan.Zero : TimeSpan.FromTicks(Interlocked.Read(ref last) - start);
        return new Diagnostics.StageTiming("render:" + name, span, TimeSpan.FromTicks(Interlocked.Read(ref cpuTicks)), Interlocked.Read(ref allocated));
    }

    /// <summary>This thread works for <paramref name="meter"/> from now on (none: for no producer).</summary>
    public static void WorkFor(ProducerMeter? meter) => Current.Value = meter;

    /// <summary>
    /// This thread is about to wait: its producer's work ends here for the wall time. The thread
    /// stays charged to it (a waiting thread uses next to no CPU and allocates nothing), so taking up that
    /// producer's work again after the wait does not ask the kernel for the thread's CPU time.
    /// </summary>
    public static void Pause() => charged?.Ended();

    private static void Switched(AsyncLocalValueChangedArgs<ProducerMeter?> change)
    {
        if (ReferenceEquals(charged, change.CurrentValue))
        {
            return;
        }

        var cpu = ThreadCpu.Now();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        charged?.Charge(cpu - cpuSince, bytes - bytesSince);
        charged = change.CurrentValue;
        cpuSince = cpu;
        bytesSince = bytes;
        charged?.Started();
    }

    private void Started() => Widen(ref first, clock.Elapsed.Ticks, Math.Min);

    private void Charge(TimeSpan cpu, long bytes)
    {
        Interlocked.Add(ref cpuTicks, cpu.Ticks);
        Interlocked.Add(ref allocated, bytes);
        Ended();
    }

    private void Ended() => Widen(ref last, clock.Elapsed.Ticks, Math.Max);

    // The span only grows: the first start moves only earlier, the last end only later, whichever thread gets there first.
    private static void Widen(ref long bound, long now, Func<long, long, long> outer)
    {
        for (var seen = Interlocked.Read(ref bound); outer(seen, now) != seen; seen = Interlocked.Read(ref bound))
        {
            if (Interlocked.CompareExchange(ref bound, now, seen) == seen)
            {
                break;
            }
        }
    }
}
