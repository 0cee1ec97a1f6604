namespace DecisionsPortal.Output;

/// <summary>Keeps the files in memory, for <c>check</c> (which writes nothing) and for tests.</summary>
public sealed class MemorySink : IOutputSink
{
    private readonly ConcurrentBag<OutputFile> files = [];

    /// <summary>The files, sorted by path (ordinal), so that results are deterministic.</summary>
    public IReadOnlyList<OutputFile> Files => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

    public void Write(OutputFile file, byte[] content) => files.Add(new OutputFile(file.Path, content));

    public bool Finish(bool succeeded) => true;
}
