namespace DecisionsPortal.Serving;

/// <summary>The latest build's status, and a way for the event stream to wait for the next one.</summary>
public sealed class LiveState(ServeStatus initial)
{
    private readonly Lock gate = new();
    private ServeStatus current = initial;
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServeStatus Current
    {
        get
        {
            lock (gate)
            {
                return current;
            }
        }
    }

    public void Publish(ServeStatus status)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            current = status;
            done = next;
            next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Completes when a build newer than <paramref name="seen"/> has finished.</summary>
    public async Task<ServeStatus> NextAsync(int seen, CancellationToken cancellation)
    {
        while (true)
        {
            Task wait;
            lock (gate)
            {
                if (current.Version != seen)
                {
                    return current;
                }

                wait = next.Task;
            }

            await wait.WaitAsync(cancellation);
        }
    }
}
