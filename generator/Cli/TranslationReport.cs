using DecisionsPortal.Diagnostics;
using DecisionsPortal.Site;

namespace DecisionsPortal.Cli;

/// <summary>
/// What <c>check</c> says about decisions published in fewer languages than the site has: one
/// info line each, with the command that writes the translation. Not a warning: a decision may
/// rightly wait for its translation, but no one should have to find the gap on the site. A
/// translation whose file is there but not published (a draft, or a file with errors, which are
/// reported already) is not missing: the command would offer to write a file that exists.
/// </summary>
public static class TranslationReport
{
    public static void Write(SiteModel site, TextWriter stdout, MessageCatalogue? catalogue = null)
    {
        var languages = site.Config.Languages;
        var pages = site.Decisions
            .Where(p => languages.Count > 1)
            .OrderBy(p => p.Decision.File.Path, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var missing = languages.Where(l => l != page.Language && !page.Translations.ContainsKey(l) && !File.Exists(SamePath(site, page, l))).ToList();
            if (missing.Count > 0)
            {
                var commands = string.Join("; ", missing.Select(l => MessageText.Of($"'new --lang {l} --translation-of {page.Decision.File.Path}' writes it").Render(catalogue)));
                stdout.WriteLine($"{page.Decision.File}: info: {MessageText.Of($"no translation in {string.Join(", ", missing)}; {commands}").Render(catalogue)}");
            }
        }
    }

    private static string SamePath(SiteModel site, DecisionPage page, string language)
    {
        var content = Path.GetFullPath(site.Config.ContentDirectory);
        return Path.Combine(content, language, Path.GetRelativePath(Path.Combine(content, page.Language), Path.GetFullPath(page.Decision.File.Path)));
    }
}
