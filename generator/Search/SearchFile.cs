namespace DecisionsPortal.Search;

/// <summary>One file of an index, at its path in the output; the Render stage hands it on to be written.</summary>
public sealed record SearchFile(string Path, byte[] Content);
