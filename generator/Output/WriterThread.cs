using System.Diagnostics;

namespace DecisionsPortal.Output;

/// <summary>
/// One thread that makes the output's folders and files, in the order they were handed over,
/// while the render threads go on rendering. On a virtual machine's disk (ext4 mounted with
/// discard) creating a file is a system call that costs anything from tens of microseconds to
/// milliseconds, the more the more was deleted just before: rendering threads that wrote their own
/// files stood still through every slow one, and two of them creating entries side by side
/// contended in the kernel instead of going faster. Up to <see cref="Budget"/> bytes wait in the queue; past it,
/// whoever hands over more waits, so memory stays flat however slow the disk is.
/// </summary>
internal sealed class WriterThread
{
    private const long Budget = 2 * 1024 * 1024;

    // The writer, once asleep, is woken for a batch, not for each file, and a full queue lets
    // its posters go on when it is half empty: a wake-up is a system call on both sides.
    private const long WakeBytes = 256 * 1024;
    private const int WakeCount = 64;

    private readonly object gate = new();
    private readonly Queue<(long Bytes, Action Work)> queue = new();
    private readonly Thread thread;
    private long waiting;
    // Who waits for whom, so that a hand-over wakes a thread only when one sleeps (a wake-up is a
    // system call, and there are tens of thousands of files).
    private bool writerAsleep;
    private int postersAsleep;
    private bool completed;
    private bool cancelled;
    // Stopwatch ticks: what the writer spent on the work, and what posters spent waiting for room
    // (summed over threads): when they waited long, the disk, not the rendering, set the pace.
    private long busy;
    private long blocked;

    /// <summary>How long the writer worked, and how long rendering threads waited for it (read after <see cref="Complete"/>).</summary>
    public (TimeSpan Busy, TimeSpan Blocked) Timing => (Stopwatch.GetElapsedTime(0, busy), Stopwatch.GetElapsedTime(0, blocked));

    public WriterThread()
    {
        thread = new Thread(Run) { IsBackground = true, Name = "output writer" };
        thread.Start();
    }

    /// <summary>Queues <paramref name="work"/> (which must not throw), holding <paramref name="bytes"/> in memory until it ran.</summary>
    public void Post(long bytes, Action work)
    {
        lock (gate)
        {
            // One item is always let in, however large, so a file over the budget cannot wait forever.
            while (waiting > 0 && waiting + bytes > Budget && !cancelled)
            {
                // A writer asleep over a short queue is woken here, or neither would ever go on.
                if (writerAsleep)
                {
                    Monitor.PulseAll(gate);
                }

                postersAsleep++;
                var start = Stopwatch.GetTimestamp();
                Monitor.Wait(gate);
                blocked += Stopwatch.GetTimestamp() - start;
                postersAsleep--;
            }

            queue.Enqueue((bytes, work));
            waiting += bytes;
            if (writerAsleep && (waiting >= WakeBytes || queue.Count >= WakeCount))
            {
                Monitor.PulseAll(gate);
            }
        }
    }

    /// <summary>Waits until what is queued so far has run.</summary>
    public void Drain()
    {
        using var done = new ManualResetEventSlim();
        Post(0, done.Set);
        lock (gate)
        {
            if (writerAsleep)
            {
                Monitor.PulseAll(gate);
            }
        }

        done.Wait();
    }

    /// <summary>Runs what is queued (or, when <paramref name="cancel"/>, drops it) and ends the thread.</summary>
    public void Complete(bool cancel)
    {
        lock (gate)
        {
            completed = true;
            cancelled |= cancel;
            Monitor.PulseAll(gate);
        }

        thread.Join();
    }

    private void Run()
    {
        while (true)
        {
            (long Bytes, Action Work) item;
            lock (gate)
            {
                while (queue.Count == 0 && !completed)
                {
                    writerAsleep = true;
                    Monitor.Wait(gate);
                    writerAsleep = false;
                }

                if (queue.Count == 0 || cancelled)
                {
                    queue.Clear();
                    waiting = 0;
                    Monitor.PulseAll(gate);
                    return;
                }

                item = queue.Dequeue();
            }

            var started = Stopwatch.GetTimestamp();
            item.Work();
            var worked = Stopwatch.GetTimestamp() - started;
            lock (gate)
            {
                busy += worked;
                waiting -= item.Bytes;
                if (postersAsleep > 0 && waiting <= Budget / 2)
                {
                    Monitor.PulseAll(gate);
                }
            }
        }
    }
}
