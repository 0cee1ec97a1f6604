using DecisionsPortal.Shared;

namespace DecisionsPortal.Tests.Shared;

/// <summary>
/// libvoikko's and Hunspell's handles are not thread-safe, and a build asks a language's dictionary
/// about its words from every core at once: each thread inside at the same time must hold a
/// handle no other holds, and no more handles are opened than threads ever were inside together.
/// </summary>
public sealed class HandlePoolTests
{
    [Fact]
    public void Threads_inside_at_the_same_time_each_hold_a_handle_of_their_own()
    {
        var threads = Math.Min(Environment.ProcessorCount, 4);
        var opened = 0;
        using var pool = new HandlePool<Handle>(new Handle(0), () => new Handle(Interlocked.Increment(ref opened)));
        using var together = new Barrier(threads);
        var held = new int[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t => held[t] = pool.Use(handle =>
        {
            Assert.True(together.SignalAndWait(TimeSpan.FromSeconds(30)), "the threads were not let in together");
            return handle.Number;
        }));

        Assert.Equal(threads, held.Distinct().Count());
        Assert.Equal(threads - 1, opened);

        // One at a time, a thread takes a handle the others left: none is opened.
        for (var i = 0; i < 10; i++)
        {
            pool.Use(handle => handle.Number);
        }

        Assert.Equal(threads - 1, opened);
    }

    [Fact]
    public void More_threads_than_cores_wait_for_a_handle_instead_of_opening_more()
    {
        var opened = 1;
        var inside = 0;
        var most = 0;
        using var pool = new HandlePool<Handle>(new Handle(0), () => new Handle(Interlocked.Increment(ref opened)));
        Parallel.For(0, Environment.ProcessorCount * 4, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4 }, _ => pool.Use(handle =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            Assert.False(handle.Busy, "a handle was given to two threads at once");
            handle.Busy = true;
            Thread.Sleep(20);
            handle.Busy = false;
            Interlocked.Decrement(ref inside);
            return 0;
        }));

        Assert.True(opened <= Environment.ProcessorCount, $"{opened} handles for {Environment.ProcessorCount} cores");
        Assert.True(most <= Environment.ProcessorCount, $"{most} threads inside at once");
    }

    [Fact]
    public void Disposing_the_pool_closes_every_handle_it_opened()
    {
        var handles = new List<Handle> { new(0) };
        var pool = new HandlePool<Handle>(handles[0], () =>
        {
            lock (handles)
            {
                handles.Add(new Handle(handles.Count));
                return handles[^1];
            }
        });
        var threads = Math.Min(Environment.ProcessorCount, 2);
        using (var together = new Barrier(threads))
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => pool.Use(handle => together.SignalAndWait(TimeSpan.FromSeconds(30))));
        }

        pool.Dispose();
        Assert.Equal(threads, handles.Count);
        Assert.All(handles, handle => Assert.True(handle.Closed));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    private sealed class Handle(int number) : IDisposable
    {
        public int Number { get; } = number;

        public bool Busy { get; set; }

        public bool Closed { get; private set; }

        public void Dispose() => Closed = true;
    }
}
