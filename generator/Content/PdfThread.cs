using System.Runtime.ExceptionServices;

namespace DecisionsPortal.Content;

/// <summary>
/// PdfPig walks a PDF's page tree by recursion, unguarded, and a stranger's file may nest it
/// hundreds of thousands deep: on the main thread's stack or a pool thread's the process dies of a
/// stack overflow, which no catch stops, with a stack trace in place of the build's messages. Each
/// PDF is read on a thread of its own whose stack holds millions of levels (reserved, not used;
/// more would be refused where the system does not overcommit).
/// </summary>
internal static class PdfThread
{
    private const int Stack = 256 << 20;

    public static T Run<T>(Func<T> read)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            Stack);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
