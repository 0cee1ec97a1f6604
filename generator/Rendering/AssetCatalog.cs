using System.Security.Cryptography;
using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The theme's static files (templates/assets/), published under assets/ with a content hash
/// in their names so that hosts may cache them forever and a changed file is fetched at once.
/// </summary>
public sealed record AssetCatalog(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Links)
{
    public static AssetCatalog Load(string templatesDirectory, string basePath)
    {
        var folder = Path.Combine(templatesDirectory, "assets");
        var files = new List<OutputFile>();
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return new AssetCatalog(files, links);
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var published = $"assets/{name[..^extension.Length]}.{hash}{extension}";
            files.Add(new OutputFile(published, bytes));
            links[name] = basePath + published;
        }

        return new AssetCatalog(files, links);
    }
}
