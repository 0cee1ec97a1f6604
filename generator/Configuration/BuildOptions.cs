namespace DecisionsPortal.Configuration;

/// <summary>What the command line may override in site.yml.</summary>
public sealed record BuildOptions(
    string ConfigPath,
    string? OutputDirectory = null,
    bool IncludeDrafts = false,
    string? BaseUrl = null,
    DateOnly? BuildDate = null);
