using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>Which files of the content folder are decisions: listed in ordinal order, links out of the folder refused, stray and misnamed files warned about.</summary>
internal static class ContentFiles
{
    public static ParsedFileCache.Listing List(SiteConfig config)
    {
        var stray = new DiagnosticBag();
        WarnAboutStrayFiles(config, stray);
        var root = RealPath.Of(Path.GetFullPath(config.ContentDirectory)) + Path.DirectorySeparatorChar;
        // Loops, not LINQ over these tuples, whose generic code would be compiled at every start.
        var files = new List<(string Language, string Path)>();
        foreach (var language in config.Languages)
        {
            foreach (var path in FindFiles(config.ContentDirectory, root, language, stray))
            {
                files.Add((language, path));
            }
        }

        files = InsideContent(files, root, stray);
        var full = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            full.TryAdd(Path.GetFullPath(files[i].Path), i);
        }

        return new ParsedFileCache.Listing(files, full, stray.ToSortedList());
    }

    // A decision file that is a symbolic link (or lies in a linked folder) leading out of the
    // content folder is refused, as an attachment is: a build publishes nothing from elsewhere
    // (another checkout, /etc, /dev/zero). Folders are resolved once each; a file is asked only
    // whether it is a link itself.
    private static List<(string Language, string Path)> InsideContent(List<(string Language, string Path)> files, string root, DiagnosticBag diagnostics)
    {
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        var inside = new List<(string, string)>(files.Count);
        foreach (var (language, path) in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!folders.TryGetValue(folder, out var folderInside))
            {
                folderInside = folders[folder] = (RealPath.Of(folder) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
            }

            if (folderInside && !FolderWalk.LeadsOut(path, root))
            {
                inside.Add((language, path));
                continue;
            }

            diagnostics.Error(DiagnosticCodes.DecisionOutsideContent, new SourceLocation(PathDisplay.Relative(path), 1, 1),
                "this file is a link to a file outside the content folder, which is never published; copy the file here instead");
        }

        return inside;
    }

    private static List<string> FindFiles(string contentDirectory, string root, string language, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentDirectory, language);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Ordinal order, so the output never depends on how the file system lists a folder.
        // Meeting files (meetings/<organ>/<date>.md) are read by MeetingLoader, not as decisions.
        // Every file is listed (as cheap as a pattern: the pattern is matched in managed code too),
        // so that a decision saved as 'uusi.MD', 'uusi.markdown' or 'uusi.md.txt' is named rather than lost.
        var meetings = Path.Combine(folder, MeetingLoader.Folder);
        return Walk(folder, "*", root, diagnostics, except: meetings).Where(path => !IsUnder(path, meetings) && Readable(path, diagnostics)).ToList();
    }

    /// <summary>
    /// Whether a file of a folder of decisions or meetings is read: one ending in '.md'. One saved
    /// as Markdown under another ending ('.MD', '.markdown', '.md.txt') is named with its rename.
    /// </summary>
    internal static bool Readable(string path, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(path);
        if (extension == ".md")
        {
            return true;
        }

        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".md.txt", StringComparison.OrdinalIgnoreCase))
        {
            // '.md.txt': Notepad's 'Save as' adds '.txt' to a name unless the type is 'All files'.
            var name = Path.GetFileNameWithoutExtension(path);
            var renamed = (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) ? Path.GetFileNameWithoutExtension(name) : name) + ".md";
            diagnostics.Warning(DiagnosticCodes.UnreadExtension, new SourceLocation(PathDisplay.Relative(path)),
                $"not read: only files ending in '.md' (lower case) are read, as decisions or meetings; rename the file to '{renamed}'");
        }

        return false;
    }

    /// <summary>
    /// The files of a folder of the content, walking a linked folder that stays inside the content
    /// folder (one of attachments shared by two languages); one leading out of it, or round in a
    /// loop, is an error at its path and never walked.
    /// </summary>
    internal static List<string> Walk(string folder, string pattern, string root, DiagnosticBag diagnostics, string? except = null) =>
        FolderWalk.Inside(folder, pattern, root, diagnostics, DiagnosticCodes.DecisionOutsideContent,
            "this folder is a link to a folder outside the content folder, whose files are never published; copy the folder here instead",
            DiagnosticCodes.LinkedFolderLoop, except);

    private static void WarnAboutStrayFiles(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(config.ContentDirectory))
        {
            return;
        }

        // The language folders hold nearly every file, and none of them is stray: only the
        // files beside them and the other folders are walked (the language folders are walked once, for the decisions).
        var languageFolders = config.Languages.Select(l => Path.Combine(config.ContentDirectory, l)).ToHashSet(StringComparer.Ordinal);
        var others = Directory.EnumerateDirectories(config.ContentDirectory)
            .Where(folder => !languageFolders.Contains(folder) && new DirectoryInfo(folder).LinkTarget is null)
            .ToList();

        // 'content/FI/': read where names are case-blind (Windows, macOS), no language on the server,
        // which would publish the site without every decision of the language.
        foreach (var folder in others.ToList())
        {
            var name = Path.GetFileName(folder);
            if (config.Languages.FirstOrDefault(l => l.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } language)
            {
                others.Remove(folder);
                diagnostics.Error(DiagnosticCodes.LanguageFolderCase, new SourceLocation(PathDisplay.Relative(folder)),
                    $"the folder '{name}' is the language '{language}' written in another case, and a folder's name is read as it is written: none of its files is published; rename the folder '{language}'");
            }
        }

        var stray = Directory.EnumerateFiles(config.ContentDirectory, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(others.SelectMany(folder => FolderWalk.Files(folder, "*.md", (_, _) => false, (_, _) => { })))
            .Order(StringComparer.Ordinal);
        foreach (var path in stray)
        {
            diagnostics.Warning(DiagnosticCodes.MisplacedFile, new SourceLocation(PathDisplay.Relative(path)),
                $"not in a language folder ({string.Join(", ", config.Languages.Select(l => $"content/{l}/"))}), so it is not published");
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
