using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Site;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class AbsoluteAddressTests
{
    private static SiteModel Model(string baseUrl)
    {
        using var site = new TestSite();
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(new BuildOptions(site.ConfigPath, BaseUrl: baseUrl), diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return SiteModelBuilder.Build(config, ContentLoader.Load(config, diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("https://paatokset.example.fi/")]
    [InlineData("https://example.fi/kaupunki/paatokset/")]
    [InlineData("https://example.fi/kaupunki/paatokset")]
    [InlineData("http://EXAMPLE.fi:8080/a%20b/")]
    public void Every_absolute_address_is_the_one_a_uri_gives(string baseUrl)
    {
        var site = Model(baseUrl);
        string[] paths =
        [
            "", "fi/", "fi/paatokset/2025/paatos-001/", "sv/beslut/sida/2/", "assets/site.6acfb6ce25.css", "fi/päätökset/",
            "fi/a b/", "fi/../x/", "fi/./x/", "./x", "/fi/", "fi//x/", "fi/x?y=1", "fi/x#z", "mailto:x", "fi/%C3%A4/", "Fi/X~y_z.json",
        ];

        Assert.All(paths, path => Assert.Equal(new Uri(site.Config.BaseUrl, UrlPath.Escape(path)).AbsoluteUri, site.Paths.Absolute(path)));
    }
}
