namespace DecisionsPortal.Configuration;

/// <summary>A decision file deleted from content/ (site.yml <c>removed:</c>), kept as a tombstone for mirrors of the open data.</summary>
public sealed record RemovedFile(string Path, DateOnly Date);
