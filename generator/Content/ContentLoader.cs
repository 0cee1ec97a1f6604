using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>The Load stage: every <c>content/&lt;lang&gt;/**/*.md</c> file read, decoded and validated.</summary>
public static class ContentLoader
{
    /// <param name="cache">Parses of earlier runs (serve), so that only changed files are read again; a one-off build starts with an empty one.</param>
    public static IReadOnlyList<Decision> Load(SiteConfig config, DiagnosticBag diagnostics, ParsedFileCache? cache = null)
    {
        cache ??= new ParsedFileCache();

        // In serve, after edits of known files only, the last listing stands and only the edited
        // files are looked at; otherwise every folder is listed and every file's time and size checked.
        var unchanged = cache.Unchanged(config.ContentDirectory);
        var listing = unchanged?.Listing ?? ContentFiles.List(config);
        diagnostics.AddRange(listing.Stray);

        var files = listing.Files;
        var workingFolder = Directory.GetCurrentDirectory();
        cache.BeginLoad();
        Decision? Parse(int i, DiagnosticBag bag) => LoadFile(files[i].Language, files[i].Path, workingFolder, config, bag);
        Decision?[] decisions;
        if (unchanged is { } known && cache.LastLoad is { } last)
        {
            // Only the edited files are read: every other file's parse is the last load's, and its warnings are reported again.
            decisions = [.. last];
            foreach (var path in known.Changed)
            {
                var i = listing.Places[path];
                decisions[i] = cache.GetOrParse(files[i].Path, diagnostics, bag => Parse(i, bag));
            }

            cache.ReportKept(diagnostics, known.Changed);
        }
        else
        {
            decisions = new Decision?[files.Count];
            Parallel.For(0, files.Count, i => decisions[i] = cache.GetOrParse(files[i].Path, diagnostics, bag => Parse(i, bag)));
        }

        cache.EndLoad(unchanged?.Changed.Count ?? files.Count, trusted: unchanged is not null);
        if (unchanged is null)
        {
            var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                paths.Add(files[i].Path);
            }

            cache.Retain(paths);
            cache.Listed(listing);
        }

        cache.Loaded(decisions);

        return decisions.OfType<Decision>().ToList();
    }

    private static Decision? LoadFile(string language, string path, string workingFolder, SiteConfig config, DiagnosticBag diagnostics)
    {
        var (shown, frontMatter) = ContentFileReader.ReadFrontMatter(path, workingFolder, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        var languageFolder = Path.Combine(config.ContentDirectory, language);
        var key = Path.ChangeExtension(Path.GetRelativePath(languageFolder, path), null).Replace('\\', '/');
        PersonalMarkCheck.Check(shown, frontMatter, diagnostics);
        var decision = DecisionReader.Read(language, key, shown, frontMatter, config, diagnostics);
        if (decision is null)
        {
            return null;
        }

        PersonalMarkCheck.CheckOfficials(decision, diagnostics);
        WarnAboutYearFolder(decision, key, diagnostics);

        // A confidential matter's attachments are never published, and should not even be in
        // the repository, so their absence is no error (the Model stage warns about the listing).
        var located = decision with { Folder = Path.GetDirectoryName(Path.GetFullPath(path))! };
        return decision.Law.Confidential ? located : AttachmentCheck.Resolve(located, config.ContentDirectory, diagnostics);
    }

    // The address takes its year from the date, so a file in another year's folder is not where
    // the next editor will look for it (and its translation is looked for under the wrong year).
    // The folder is the first part of the file's key (its path in the language folder), if it has more than one.
    private static void WarnAboutYearFolder(Decision decision, string relativeKey, DiagnosticBag diagnostics)
    {
        var folder = relativeKey.IndexOf('/') is var slash and >= 0 ? relativeKey[..slash] : ".";
        var year = decision.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (folder.Length == 4 && folder.All(char.IsAsciiDigit) && folder != year)
        {
            diagnostics.Warning(DiagnosticCodes.YearFolderDiffers, decision.LocationOf("date"),
                $"the date is in {year} but the file is in the folder {folder}/; move it to {year}/ (its address has {year} in it), or correct the date");
        }
    }
}
