namespace DecisionsPortal.Configuration;

/// <summary>What the command line may override in site.yml.</summary>
/// <param name="CacheDirectory">Where texts read from attachments and the dictionaries' answers are kept between runs; null: the user's cache folder (<see cref="UserCache.DefaultFolder"/>).</param>
public sealed record BuildOptions(
    string ConfigPath,
    string? OutputDirectory = null,
    bool IncludeDrafts = false,
    string? BaseUrl = null,
    DateOnly? BuildDate = null,
    string? CacheDirectory = null,
    TimeProvider? Clock = null);
