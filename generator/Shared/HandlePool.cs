using System.Collections.Concurrent;

namespace DecisionsPortal.Shared;

/// <summary>
/// Handles of a native library that a thread must have to itself (libvoikko's, Hunspell's),
/// opened as threads ask for one at the same time, at most one a core: a parallel loop over a
/// language's words then runs on every idle core instead of queueing for one handle.
/// </summary>
internal sealed class HandlePool<T>(T first, Func<T> open) : IDisposable where T : class, IDisposable
{
    private readonly SemaphoreSlim users = new(Environment.ProcessorCount);
    private readonly ConcurrentBag<T> idle = [first];
    private readonly ConcurrentBag<T> opened = [first];

    /// <summary>Runs <paramref name="work"/> with a handle no other thread uses meanwhile.</summary>
    public TResult Use<TResult>(Func<T, TResult> work)
    {
        users.Wait();
        try
        {
            // As many handles as users at most: one is idle, or this user is the first to need another.
            if (!idle.TryTake(out var handle))
            {
                handle = open();
                opened.Add(handle);
            }

            try
            {
                return work(handle);
            }
            finally
            {
                idle.Add(handle);
            }
        }
        finally
        {
            users.Release();
        }
    }

    public void Dispose()
    {
        foreach (var handle in opened)
        {
            handle.Dispose();
        }
    }
}
