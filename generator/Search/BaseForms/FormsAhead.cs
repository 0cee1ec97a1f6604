using System.Collections.Concurrent;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Asks the dictionary for the forms of each analysed document's words on a thread of its own,
/// while the next documents are tokenised: a clean build's index otherwise tokenised every
/// document and only then asked for tens of thousands of words one by one, the build's longest
/// chain. The index build reads no word's forms before <see cref="Finish"/> (which waits for the
/// thread), so each word is still asked once, and the same words as before. The thread starts
/// with the first document analysed (an unchanged site in <c>serve</c> starts none).
/// </summary>
internal sealed class FormsAhead : IDisposable
{
    private readonly BlockingCollection<IndexWord[]> queue = [];
    private Task? asking;

    /// <summary>Queues the words of one document.</summary>
    public void Add(IndexWord[] words)
    {
        asking ??= Task.Factory.StartNew(Ask, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        queue.Add(words);
    }

    /// <summary>Waits until every queued word has its forms (rethrows what asking threw).</summary>
    public void Finish()
    {
        queue.CompleteAdding();
        asking?.GetAwaiter().GetResult();
    }

    // After a failure before Finish: the thread ends instead of waiting for words for ever.
    public void Dispose()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
            try
            {
                asking?.Wait();
            }
            catch (AggregateException)
            {
                // The build failed already; its own exception is the one that surfaces.
            }
        }

        queue.Dispose();
    }

    private void Ask()
    {
        foreach (var words in queue.GetConsumingEnumerable())
        {
            foreach (var word in words)
            {
                _ = word.Forms;
            }
        }
    }
}
