using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Incremental;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Rendering;

/// <summary>
/// What a site is rendered with: its templates, parsed, and its static files as published
/// (<see cref="AssetCatalog"/>), with the messages that loading them gave. Null templates: they
/// did not parse.
/// </summary>
public sealed record Theme(Fingerprint Folder, TemplateSet? Templates, AssetCatalog Assets, IReadOnlyList<Diagnostic> Messages)
{
    /// <summary>
    /// Starts loading the theme on the thread pool. Parsing the templates and minifying the
    /// scripts take a few hundred milliseconds of one core, which loading and modelling a small
    /// site leave idle; rendering then finds the theme ready.
    /// </summary>
    public static Task<Theme> LoadSoon(SiteConfig config, RenderCache cache) => Task.Run(() => Load(config, cache));

    /// <summary>
    /// serve parses the templates again only when a file in the theme's folder changed, and
    /// minifies the scripts again only when a file in its assets folder did (a template or site.yml
    /// edit leaves them); a theme that gave a message is loaded every time, so that the message is
    /// reported every time.
    /// </summary>
    public static Theme Load(SiteConfig config, RenderCache cache)
    {
        var directory = Path.GetFullPath(config.TemplatesDirectory);
        var files = config.TemplateFiles;
        var messages = new List<Diagnostic>();
        var folder = Fingerprints.Templates(config.TemplatesDirectory, files);
        var templates = cache.Templates is { } kept && kept.Directory == directory && kept.Folder == folder ? kept.Set : null;
        if (templates is null)
        {
            var own = new DiagnosticBag();
            templates = TemplateSet.Load(config.TemplatesDirectory, files, own);
            messages.AddRange(own.ToSortedList());
            cache.Templates = templates is not null && messages.Count == 0 ? (directory, folder, templates) : null;
        }

        var assetsFolder = Fingerprints.Templates(Path.Combine(config.TemplatesDirectory, AssetCatalog.Folder), [.. AssetCatalog.Published(config.TemplatesDirectory, files)]);
        var assets = cache.Assets is { } published && published.Directory == directory && published.Folder == assetsFolder && published.BasePath == config.BasePath ? published.Assets : null;
        if (assets is null)
        {
            var own = new DiagnosticBag();
            assets = AssetCatalog.Load(config.TemplatesDirectory, files, config.BasePath, own);
            var found = own.ToSortedList();
            messages.AddRange(found);
            cache.Assets = found.Count == 0 ? (directory, assetsFolder, config.BasePath, assets) : null;
        }

        return new Theme(folder, templates, assets, messages);
    }
}
