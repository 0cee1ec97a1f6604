using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Tests.Support;

public static class BuildOnExtensions
{
    /// <summary>Builds as on the given day (<c>--build-date</c>), which decides what personal data has expired.</summary>
    public static BuildResult BuildOn(this TestSite site, DateOnly buildDate) =>
        BuildPipeline.Run(new BuildOptions(site.ConfigPath, site.Output, BuildDate: buildDate));

    /// <summary>Whether any file of the output holds the text, as UTF-8 bytes or HTML-escaped: a grep of the whole folder.</summary>
    public static IReadOnlyList<string> FilesContaining(this TestSite site, string text)
    {
        var needles = new[] { text, System.Net.WebUtility.HtmlEncode(text) }
            .Distinct()
            .Select(System.Text.Encoding.UTF8.GetBytes)
            .ToList();
        return site.OutputFiles()
            .Where(path =>
            {
                var bytes = File.ReadAllBytes(Path.Combine(site.Output, path));
                return needles.Any(n => bytes.AsSpan().IndexOf(n) >= 0);
            })
            .ToList();
    }
}
