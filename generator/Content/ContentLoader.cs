using System.Buffers;
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
        var listing = unchanged?.Listing ?? List(config);
        foreach (var stray in listing.Stray)
        {
            diagnostics.Add(stray);
        }

        var files = listing.Files;
        var workingFolder = Directory.GetCurrentDirectory();
        cache.BeginLoad();
        var decisions = new Decision?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (language, path) = files[i];
            Decision? Parse(DiagnosticBag bag) => LoadFile(language, path, workingFolder, config, bag);
            decisions[i] = unchanged is { } known && !known.Changed.Contains(Path.GetFullPath(path)) ? cache.Reuse(path, diagnostics, Parse)
                : cache.GetOrParse(path, diagnostics, Parse);
        });
        cache.EndLoad(unchanged?.Changed.Count ?? files.Count);
        if (unchanged is null)
        {
            cache.Retain(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
            cache.Listed(listing);
        }

        return decisions.OfType<Decision>().ToList();
    }

    private static ParsedFileCache.Listing List(SiteConfig config)
    {
        var stray = new DiagnosticBag();
        WarnAboutStrayFiles(config, stray);
        var files = config.Languages
            .SelectMany(language => FindFiles(config.ContentDirectory, language, stray).Select(path => (language, path)))
            .ToList();
        files = InsideContent(files, config.ContentDirectory, stray);
        var full = files.Select(f => Path.GetFullPath(f.path)).ToHashSet(StringComparer.Ordinal);
        return new ParsedFileCache.Listing(files, full, stray.ToSortedList());
    }

    // A decision file that is a symbolic link (or lies in a linked folder) leading out of the
    // content folder is refused, as an attachment is: a build publishes nothing from elsewhere
    // (another checkout, /etc, /dev/zero). Folders are resolved once each; a file is asked only
    // whether it is a link itself.
    private static List<(string Language, string Path)> InsideContent(List<(string Language, string Path)> files, string contentDirectory, DiagnosticBag diagnostics)
    {
        var root = RealPath.Of(Path.GetFullPath(contentDirectory)) + Path.DirectorySeparatorChar;
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        var inside = new List<(string, string)>(files.Count);
        foreach (var (language, path) in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!folders.TryGetValue(folder, out var folderInside))
            {
                folderInside = folders[folder] = (RealPath.Of(folder) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
            }

            if (folderInside && (new FileInfo(path).LinkTarget is null || RealPath.Of(Path.GetFullPath(path)).StartsWith(root, StringComparison.Ordinal)))
            {
                inside.Add((language, path));
                continue;
            }

            diagnostics.Error(DiagnosticCodes.DecisionOutsideContent, new SourceLocation(PathDisplay.Relative(path), 1, 1),
                "this file is a link to a file outside the content folder, which is never published; copy the file here instead");
        }

        return inside;
    }

    private static List<string> FindFiles(string contentDirectory, string language, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentDirectory, language);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Ordinal order, so the output never depends on how the file system lists a folder.
        // Meeting files (meetings/<organ>/<date>.md) are read by MeetingLoader, not as decisions.
        // Every file is listed (as cheap as a pattern: the pattern is matched in managed code too),
        // so that a decision saved as 'uusi.MD' or 'uusi.markdown' is named rather than lost.
        var meetings = Path.Combine(folder, MeetingLoader.Folder);
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(path);
            if (IsUnder(path, meetings))
            {
                continue;
            }

            if (extension == ".md")
            {
                files.Add(path);
            }
            else if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                var renamed = Path.GetFileNameWithoutExtension(path) + ".md";
                diagnostics.Warning(DiagnosticCodes.UnreadExtension, new SourceLocation(PathDisplay.Relative(path)),
                    $"not read: only files ending in '.md' (lower case) are decisions; rename the file to '{renamed}'");
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static Decision? LoadFile(string language, string path, string workingFolder, SiteConfig config, DiagnosticBag diagnostics)
    {
        var (shown, frontMatter) = ReadFrontMatter(path, workingFolder, diagnostics);
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
        WarnAboutYearFolder(decision, path, languageFolder, diagnostics);

        // A confidential matter's attachments are never published, and should not even be in
        // the repository, so their absence is no error (the Model stage warns about the listing).
        var located = decision with { Folder = Path.GetDirectoryName(Path.GetFullPath(path))! };
        return decision.Law.Confidential ? located : AttachmentCheck.Resolve(located, config.ContentDirectory, diagnostics);
    }

    /// <summary>Reads, decodes and splits one content file; null (and a diagnostic) when it cannot be read as front matter.</summary>
    public static (string Shown, FrontMatter? FrontMatter) ReadFrontMatter(string path, DiagnosticBag diagnostics) =>
        ReadFrontMatter(path, Directory.GetCurrentDirectory(), diagnostics);

    /// <param name="workingFolder">The working folder, asked once for all files rather than once a file.</param>
    public static (string Shown, FrontMatter? FrontMatter) ReadFrontMatter(string path, string workingFolder, DiagnosticBag diagnostics)
    {
        var shown = PathDisplay.Relative(path, workingFolder);
        var (refusal, length) = TextFiles.Check(path);
        if (refusal != TextFiles.Refusal.None)
        {
            var code = refusal == TextFiles.Refusal.TooLarge ? DiagnosticCodes.FileTooLarge : DiagnosticCodes.NotARegularFile;
            diagnostics.Error(code, new SourceLocation(shown, 1, 1), TextFiles.Explain(refusal, length));
            return (shown, null);
        }

        Read read;
        try
        {
            read = ReadSplit(path, length);
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceLocation(shown), $"cannot read the file: {e.Message}");
            return (shown, null);
        }

        if (read.TooLarge)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceLocation(shown, 1, 1), TextFiles.Explain(TextFiles.Refusal.TooLarge, TextFiles.MaxBytes + 1));
            return (shown, null);
        }

        if (read.NotUtf8 is var (badLine, badColumn))
        {
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceLocation(shown, badLine, badColumn), "the file is not UTF-8; save it as UTF-8 (ä, ö and å are then kept as written)");
            return (shown, null);
        }

        if (read.Control is { } control)
        {
            diagnostics.Warning(DiagnosticCodes.ControlCharacter, new SourceLocation(shown, control.Line, control.Column), ControlCharacters.Explain(control));
        }

        if (read.FrontMatter is null)
        {
            var missing = read.Problem == FrontMatter.Problem.Missing;
            MessageText message = missing ? "the file must start with front matter: a line '---', the fields, and another line '---'"
                : read.Closing.Above ? "the front matter is not closed: add a line '---' above this line, after the last field"
                : "the front matter is not closed: add a line '---' below this line, after the last field";
            var line = missing ? 1 : read.Closing.Line;
            diagnostics.Error(missing ? DiagnosticCodes.NoFrontMatter : DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(shown, line, 1), message);
        }

        return (shown, read.FrontMatter);
    }

    private sealed record Read(
        FrontMatter? FrontMatter,
        FrontMatter.Problem Problem,
        (int Line, int Column)? NotUtf8 = null,
        ControlCharacters.Found? Control = null,
        (int Line, bool Above) Closing = default,
        bool TooLarge = false);

    // The bytes go into a pooled buffer, and from there straight into the front matter's and
    // the body's strings, without a string of the whole file in between.
    private static Read ReadSplit(string path, long length)
    {
        using var handle = File.OpenHandle(path);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(length, 1) + 1, TextFiles.MaxBytes + 1));
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (filled > TextFiles.MaxBytes)
                    {
                        return new Read(null, FrontMatter.Problem.None, TooLarge: true);
                    }

                    // The file grew while it was read: carry on in a larger buffer.
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, TextFiles.MaxBytes + 1));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var wanted = buffer.Length - filled;
                var read = RandomAccess.Read(handle, buffer.AsSpan(filled), filled);
                filled += read;

                // A read short of the room left, once the file's length is in, is its end: no second
                // read to hear so (a system call a file). Short of its length (a network file
                // system may return less), read on until a read returns nothing.
                if (read == 0 || (read < wanted && filled >= length))
                {
                    break;
                }
            }

            if (filled > TextFiles.MaxBytes)
            {
                return new Read(null, FrontMatter.Problem.None, TooLarge: true);
            }

            var start = StrictUtf8.WithoutByteOrderMark(buffer.AsSpan(0, filled)).Length is var kept && kept < filled ? filled - kept : 0;
            var bytes = buffer.AsSpan(start, filled - start);
            if (StrictUtf8.FirstBadByte(bytes) is { } bad)
            {
                return new Read(null, FrontMatter.Problem.None, NotUtf8: bad);
            }

            var control = ControlCharacters.Replace(bytes);
            var (frontMatter, problem) = FrontMatter.Split(bytes);
            var closing = problem == FrontMatter.Problem.Unclosed ? FrontMatter.ClosingLine(System.Text.Encoding.UTF8.GetString(bytes)) : default;
            return new Read(frontMatter, problem, Control: control, Closing: closing);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void WarnAboutStrayFiles(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(config.ContentDirectory))
        {
            return;
        }

        // The language folders hold nearly every file, and none of them is stray: only the
        // files beside them and the other folders are walked (the language folders are walked once, for the decisions).
        var languageFolders = config.Languages.Select(l => Path.Combine(config.ContentDirectory, l)).ToHashSet(StringComparer.Ordinal);
        var stray = Directory.EnumerateFiles(config.ContentDirectory, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateDirectories(config.ContentDirectory)
                .Where(folder => !languageFolders.Contains(folder))
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)))
            .Order(StringComparer.Ordinal);
        foreach (var path in stray)
        {
            diagnostics.Warning(DiagnosticCodes.MisplacedFile, new SourceLocation(PathDisplay.Relative(path)),
                $"not in a language folder ({string.Join(", ", config.Languages.Select(l => $"content/{l}/"))}), so it is not published");
        }
    }

    // The address takes its year from the date, so a file in another year's folder is not where
    // the next editor will look for it (and its translation is looked for under the wrong year).
    private static void WarnAboutYearFolder(Decision decision, string path, string languageFolder, DiagnosticBag diagnostics)
    {
        var folder = Path.GetRelativePath(languageFolder, Path.GetDirectoryName(path)!).Replace('\\', '/').Split('/')[0];
        var year = decision.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (folder.Length == 4 && folder.All(char.IsAsciiDigit) && folder != year)
        {
            diagnostics.Warning(DiagnosticCodes.YearFolderDiffers, decision.LocationOf("date"),
                $"the date is in {year} but the file is in the folder {folder}/; move it to {year}/ (its address has {year} in it), or correct the date");
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
