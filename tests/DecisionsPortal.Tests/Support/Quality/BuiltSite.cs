namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>A built output folder and the base URL it was built for.</summary>
public sealed record BuiltSite(string Name, string Output, Uri BaseUrl)
{
    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public override string ToString() => Name;
}
