namespace DecisionsPortal.Configuration;

/// <summary>What the command line may override in site.yml.</summary>
public sealed record BuildOptions(
    string ConfigPath,
    string? OutputDirectory = null,
    bool IncludeDrafts = false,
    string? BaseUrl = null)
{
    /// <summary>--build-date as typed (YYYY-MM-DD); validated by the loader like every other value.</summary>
    public string? BuildDate { get; init; }
}
