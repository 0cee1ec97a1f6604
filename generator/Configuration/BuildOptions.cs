namespace DecisionsPortal.Configuration;

/// <summary>What the command line may override in site.yml.</summary>
/// <param name="CacheDirectory">Where texts read from attachments are kept between runs; null: the user's cache folder (<see cref="Content.AttachmentTextStore.DefaultFolder"/>).</param>
public sealed record BuildOptions(
    string ConfigPath,
    string? OutputDirectory = null,
    bool IncludeDrafts = false,
    string? BaseUrl = null,
    DateOnly? BuildDate = null,
    string? CacheDirectory = null);
