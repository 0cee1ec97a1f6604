using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve keeps the theme it loaded between rebuilds by what it was made from: the scripts are
/// minified again only when a file of the assets folder or the base path changed, not after a
/// template edit or a site.yml save (which empties the rest of serve's cache).
/// </summary>
public sealed class ServeThemeTests
{
    [Fact]
    public void The_published_assets_are_made_again_only_when_the_assets_folder_or_the_base_path_changed()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var config = SiteConfigLoader.Load(new BuildOptions(site.ConfigPath), new DiagnosticBag())!;
        var cache = new RenderCache();
        var first = Theme.Load(config, cache);
        Assert.Empty(first.Messages);

        var layout = Path.Combine(site.Root, "templates", "layouts", "base.html");
        File.AppendAllText(layout, "<!-- edited -->\n");
        var templateEdited = Theme.Load(config, cache);
        Assert.NotEqual(first.Folder, templateEdited.Folder);
        Assert.NotSame(first.Templates, templateEdited.Templates);
        Assert.Same(first.Assets, templateEdited.Assets);

        cache.Clear();
        var configSaved = Theme.Load(config, cache);
        Assert.Same(templateEdited.Templates, configSaved.Templates);
        Assert.Same(first.Assets, configSaved.Assets);

        var moved = Theme.Load(config with { BaseUrl = new Uri("https://example.org/elsewhere/") }, cache);
        Assert.NotSame(first.Assets, moved.Assets);
        Assert.All(moved.Assets.Links.Values, link => Assert.StartsWith("/elsewhere/assets/", link, StringComparison.Ordinal));

        var css = Path.Combine(site.Root, "templates", "assets", "site.css");
        File.AppendAllText(css, "\n.edited { color: red; }\n");
        var assetEdited = Theme.Load(config, cache);
        Assert.NotSame(first.Assets, assetEdited.Assets);
        Assert.NotEqual(first.Assets.Links["site.css"], assetEdited.Assets.Links["site.css"]);
        Assert.Equal(first.Assets.Links["favicon.svg"], assetEdited.Assets.Links["favicon.svg"]);
    }
}
