namespace DecisionsPortal.Output;

/// <summary>
/// The move of a changed file into the output failed after <see cref="Moved"/> of <see cref="Total"/>
/// were in: the output is neither the old site nor the new one, which the editor must be told
/// (and told that the next build finishes the update), not that nothing was written.
/// </summary>
internal sealed class PartlyUpdatedException(string path, int moved, int total, Exception inner) : IOException(inner.Message, inner)
{
    /// <summary>The file of the site ('/' separated, relative to the output) that could not be put in place.</summary>
    public string Path { get; } = path;

    public int Moved { get; } = moved;

    public int Total { get; } = total;
}
