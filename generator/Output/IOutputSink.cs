namespace DecisionsPortal.Output;

/// <summary>
/// Where the Render stage puts each file as soon as it is made: the staging folder of a build
/// (<see cref="StagingFolder"/>), memory for <c>check</c> and tests (<see cref="MemorySink"/>),
/// or serve's folder. Called from several threads at once.
/// </summary>
public interface IOutputSink
{
    /// <summary>True when the sink already holds this file as it would be made now (serve: same fingerprint), so it is not made at all.</summary>
    bool AlreadyHolds(OutputFile file) => false;

    /// <summary>Before a batch is made: the files that will follow (a folder can make their folders in one go).</summary>
    void Expect(IReadOnlyList<OutputFile> files)
    {
    }

    void Write(OutputFile file, byte[] content);

    /// <summary>
    /// A file that is a copy of <paramref name="source"/> (<see cref="OutputFile.CopyOf"/>). A sink that
    /// writes to disk copies it by stream; one that keeps files in memory reads it.
    /// </summary>
    void Copy(OutputFile file, string source) => Write(file, File.ReadAllBytes(source));

    /// <summary>
    /// serve's edit, before the files that wait for the search index are made: what was written so
    /// far becomes part of the output, so that the editor's page does not wait for the index. Files
    /// no longer made are removed only at <see cref="Finish"/>. A sink that publishes all at once has nothing to do.
    /// </summary>
    void PublishSoFar()
    {
    }

    /// <summary>
    /// After the last file: make what was written the output (<paramref name="succeeded"/>), or
    /// throw it away and leave the previous output as it was. False when that failed (reported).
    /// </summary>
    bool Finish(bool succeeded);
}
