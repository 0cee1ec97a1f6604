namespace DecisionsPortal.Search;

/// <summary>
/// Asks the dictionaries about the words each analysed document brings into its analyser
/// (<see cref="IndexWord.Forms"/>) on a thread of its own while the next documents are analysed,
/// and on the index's thread too once they all are. Hunspell's and libvoikko's answers are most of
/// an index's time; asked after the analysis, on the index's thread alone, they kept one core busy
/// after the build's other work had ended. A word's answer depends on the word alone, so the
/// index is the same whichever thread asked.
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

    /// <summary>Asks what is left beside the thread, then waits for it: until then no other thread may read the words' forms.</summary>
    public void Finish()
    {
        analysed.CompleteAdding();
        Ask();
        asking?.GetAwaiter().GetResult();
    }

    // A word is in one list only, so no two threads ask about it.
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
