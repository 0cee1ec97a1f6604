using System.Runtime.ExceptionServices;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The one pipeline of the Render stage: as many workers as cores take work from three queues,
/// in this order: listing a producer's files (where Search builds its index and the like, so those
/// long pieces start early and run beside page rendering), then writing files made already (their
/// bytes then leave memory soon), then making and writing files made on demand, a few dozen at a
/// time. The order in which files are written does not change their bytes, so the output is the
/// same as when producers ran one after another.
/// </summary>
internal sealed class RenderQueue(IOutputSink sink, DiagnosticBag diagnostics, PathClaims paths)
{
    // Small enough that the last pieces end close together on all cores; large enough that taking
    // work is rare next to making files.
    private const int ChunkSize = 32;

    private readonly object gate = new();
    private readonly Queue<(ProducerMeter Meter, Action Work)> lists = new();
    private readonly Queue<(ProducerMeter Meter, Action Work)> ready = new();
    private readonly Queue<(ProducerMeter Meter, Action Work)> later = new();
    // Claims have a lock of their own: a producer claiming its tens of thousands of paths must not
    // hold up the workers taking work from the queues (they spun on the queues' lock meanwhile).
    private readonly Lock claims = new();
    private int outstanding;
    private int made;
    private ExceptionDispatchInfo? failure;

    /// <summary>Files made on demand (not counting those made already by their producer).</summary>
    public int Made => made;

    /// <summary>Lists the producer's files (as a task of <paramref name="meter"/>), then queues them to be made and written.</summary>
    public void AddProducer(Func<IEnumerable<OutputFile>> produce, ProducerMeter meter) => Add(lists, meter, () => AddFiles(produce().ToList(), meter));

    /// <summary>Queues files to be made and written, counted for <paramref name="meter"/>.</summary>
    public void AddFiles(IReadOnlyList<OutputFile> files, ProducerMeter meter)
    {
        if (files.Count == 0)
        {
            return;
        }

        lock (claims)
        {
            files = Kept(files, file => paths.Claim(file) is not { } other || Collides(file, other));
        }

        sink.Expect(files);

        // A file the sink holds already (serve: made from the same inputs) is passed over here, not
        // queued: after an edit in serve nearly every file is, and workers taking pieces of 32 such
        // files, each piece done in microseconds, spent their time on the queues' lock.
        files = Kept(files, file => !sink.AlreadyHolds(file));
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var from = start;
            var to = Math.Min(files.Count, start + ChunkSize);
            var queue = files[from].IsOnDemand ? later : ready;
            Add(queue, meter, () => Make(files, from, to));
        }
    }

    // The files that pass, in order; the list itself when all do, as nearly always, so that no copy
    // of a producer's tens of thousands of files is made.
    private static IReadOnlyList<OutputFile> Kept(IReadOnlyList<OutputFile> files, Func<OutputFile, bool> keep)
    {
        List<OutputFile>? kept = null;
        for (var i = 0; i < files.Count; i++)
        {
            if (!keep(files[i]))
            {
                kept ??= files.Take(i).ToList();
            }
            else
            {
                kept?.Add(files[i]);
            }
        }

        return kept ?? files;
    }

    // The file with a line of content behind it (an alias) is the one to change; a collision
    // between two files of the generator's own is a bug of ours, reported at the output path.
    // False: the file is not written.
    private bool Collides(OutputFile file, ClaimedPath other)
    {
        var (blamed, standing) = file.Origin is null && other.Origin is not null ? (other, new ClaimedPath(file.Path, file.Origin)) : (new ClaimedPath(file.Path, file.Origin), other);
        MessageText clash = blamed.Path == standing.Path ? "is written twice" : MessageText.Of($"and '{standing.Path}' cannot both be in the output (a file cannot also be a folder)");
        MessageText which = blamed.Path == standing.Path ? "another file of the site has" : MessageText.Of($"collides with the site's file '{standing.Path}'");
        // Each branch made a MessageText: a conditional of two interpolated strings is a plain string, which no catalogue could translate.
        diagnostics.Error(DiagnosticCodes.OutputPathTaken, blamed.Origin ?? new SourceLocation(blamed.Path),
            blamed.Origin is null
                ? MessageText.Of($"'{blamed.Path}' {clash}; please report this line")
                : MessageText.Of($"this address would be written as '{blamed.Path}', which {which}; choose an address no file of the site uses"));
        return false;
    }

    /// <summary>Runs everything queued (and queued meanwhile) on all cores; rethrows the first exception.</summary>
    public void Run()
    {
        var helpers = Enumerable.Range(1, Math.Max(1, Environment.ProcessorCount) - 1)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToList();
        Work();
        Task.WaitAll(helpers);
        failure?.Throw();
    }

    private void Make(IReadOnlyList<OutputFile> files, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            var file = files[i];
            if (file.Source is { } source)
            {
                sink.Copy(file, source);
                continue;
            }

            var bytes = file.Make();
            count += file.IsOnDemand ? 1 : 0;
            if (bytes is not null)
            {
                sink.Write(file, bytes);
            }
        }

        Interlocked.Add(ref made, count);
    }

    private void Add(Queue<(ProducerMeter, Action)> queue, ProducerMeter meter, Action work)
    {
        lock (gate)
        {
            queue.Enqueue((meter, work));
            outstanding++;
            Monitor.Pulse(gate);
        }
    }

    // A thread works for a producer until it takes work of another: switching asks the kernel for
    // the thread's CPU time. Waiting does not switch: when the files are mostly kept (serve's edit),
    // a worker waits for each piece another worker's producer lists, and switching there cost two
    // such calls a piece of 32 files.
    private void Work()
    {
        try
        {
            WorkForMeters();
        }
        finally
        {
            ProducerMeter.WorkFor(null);
        }
    }

    private void WorkForMeters()
    {
        while (true)
        {
            (ProducerMeter Meter, Action Work) next;
            lock (gate)
            {
                while (lists.Count + ready.Count + later.Count == 0 && outstanding > 0)
                {
                    ProducerMeter.Pause();
                    Monitor.Wait(gate);
                }

                if (outstanding == 0)
                {
                    Monitor.PulseAll(gate);
                    return;
                }

                next = (lists.Count > 0 ? lists : ready.Count > 0 ? ready : later).Dequeue();
            }

            try
            {
                // After a failure the rest is drained, not done: the build is reported as failed anyway.
                if (failure is null)
                {
                    ProducerMeter.WorkFor(next.Meter);
                    next.Work();
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                lock (gate)
                {
                    if (--outstanding == 0)
                    {
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }
    }
}
