using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Tests.Support;

public static class BuildOnExtensions
{
    /// <summary>Builds as on the given day (<c>--build-date</c>), which decides what personal data has expired.</summary>
    public static BuildResult BuildOn(this TestSite site, DateOnly buildDate) =>
        BuildPipeline.Run(new BuildOptions(site.ConfigPath, site.Output, BuildDate: buildDate));

    /// <summary>Whether any file of the output holds the text, as UTF-8 bytes or HTML-escaped: a grep of the whole folder.</summary>
    public static IReadOnlyList<string> FilesContaining(this TestSite site, string text) => FilesContaining(site.Output, text);

    /// <inheritdoc cref="FilesContaining(TestSite, string)"/>
    public static IReadOnlyList<string> FilesContaining(this Quality.BuiltSite site, string text) => FilesContaining(site.Output, text);

    private static IReadOnlyList<string> FilesContaining(string output, string text)
    {
        var needles = new[] { text, System.Net.WebUtility.HtmlEncode(text) }
            .Distinct()
            .Select(System.Text.Encoding.UTF8.GetBytes)
            .ToList();
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Where(path =>
            {
                var bytes = File.ReadAllBytes(Path.Combine(output, path));
                return needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0);
            })
            .ToList();
    }
}
