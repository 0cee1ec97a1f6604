namespace DecisionsPortal.Search;

/// <summary>
/// Asks the dictionaries about the words each analysed document brings into its analyser
/// (<see cref="IndexWord.Forms"/>) on a thread of its own while the next documents are analysed.
/// Hunspell's and libvoikko's answers are most of an index's time; asked after the analysis, on
/// the index's thread, they kept one core busy after the build's other work had ended. A word's
/// answer depends on the word alone, so the index is the same whichever thread asked. The index's
/// thread does not join in at the end: a handle answers one thread at a time, and a second
/// Hunspell handle, opened for it, cost more CPU than its time saved (bench/RESULTS.md).
/// </summary>
internal sealed class DictionaryQuestions : IDisposable
{
    private readonly BlockingCollection<List<IndexWord>> analysed = new();
    private Task? asking;

    /// <summary>The words of <paramref name="analysis"/> that its analyser had not seen before it: those of ids from <paramref name="seen"/> on.</summary>
    public void Add(DocumentAnalysis analysis, int seen)
    {
        List<IndexWord>? fresh = null;
        foreach (var word in analysis.Words)
        {
            if (word.Id >= seen)
            {
                (fresh ??= []).Add(word);
            }
        }

        if (fresh is not null)
        {
            analysed.Add(fresh);
            asking ??= Task.Factory.StartNew(Ask, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Waits for every answer: until then no other thread may read the words' forms.</summary>
    public void Finish()
    {
        analysed.CompleteAdding();
        asking?.GetAwaiter().GetResult();
    }

    private void Ask()
    {
        foreach (var words in analysed.GetConsumingEnumerable())
        {
            foreach (var word in words)
            {
                _ = word.Forms;
            }
        }
    }

    // After a failed analysis too: the thread ends with the words it was given.
    public void Dispose()
    {
        analysed.CompleteAdding();
        ((IAsyncResult?)asking)?.AsyncWaitHandle.WaitOne();
        analysed.Dispose();
    }
}
