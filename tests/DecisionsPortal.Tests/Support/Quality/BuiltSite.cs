namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>A built output folder and the base URL it was built for.</summary>
public sealed record BuiltSite(string Name, string Output, Uri BaseUrl)
{
    public override string ToString() => Name;
}
