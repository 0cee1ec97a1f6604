using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Authoring;

/// <summary>
/// The <c>new</c> command's work: a new decision file at <c>content/&lt;lang&gt;/&lt;year&gt;/&lt;slug&gt;.md</c>,
/// or the translation of an existing one at the paired path. An existing file is never overwritten.
/// </summary>
public static class DecisionScaffolder
{
    private const int MaxSlugLength = 60;

    /// <returns>The path written, or null when a diagnostic says why not.</returns>
    public static string? Create(SiteConfig config, string language, string title, string? body, DateOnly date, DiagnosticBag diagnostics)
    {
        if (!CheckLanguage(config, language, diagnostics) || !CheckBody(config, body, diagnostics))
        {
            return null;
        }

        var slug = Slug(title);
        if (slug.Length == 0 && Law.PersonalDataMarks.Has(title))
        {
            // Not quoted: the title is all personal data.
            diagnostics.Error(DiagnosticCodes.InvalidArgument, Here, $"the title has no words outside its personal-data marks to make a file name from; the file name is the page's address and stays on the site after the last day, so give --title words that may stay");
            return null;
        }

        if (slug.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, Here, $"the title '{title}' has no letters or digits to make a file name from");
            return null;
        }

        return WriteNew(config, language, date, slug, DecisionFileWriter.Write(new NewDecision(language, title, date, body), config), diagnostics);
    }

    /// <summary>A new decision file where a decision of that language, date and slug lives: <c>content/&lt;lang&gt;/&lt;year&gt;/&lt;slug&gt;.md</c>.</summary>
    internal static string? WriteNew(SiteConfig config, string language, DateOnly date, string slug, string text, DiagnosticBag diagnostics) =>
        WriteNew(Path.Combine(config.ContentDirectory, language, date.Year.ToString("D4", CultureInfo.InvariantCulture), slug + ".md"), text, diagnostics);

    /// <returns>The path written, the source's language and the fields that could not be carried over, or null when a diagnostic says why not.</returns>
    public static (string Path, string SourceLanguage, IReadOnlyList<string> NotCarried)? Translate(SiteConfig config, string sourcePath, string language, string? title, DiagnosticBag diagnostics)
    {
        if (!CheckLanguage(config, language, diagnostics))
        {
            return null;
        }

        var full = Path.GetFullPath(sourcePath);
        var relative = Path.GetRelativePath(config.ContentDirectory, full).Replace('\\', '/');
        var slash = relative.IndexOf('/');
        if (!File.Exists(full) || relative.StartsWith("..", StringComparison.Ordinal) || slash < 0 || !config.Languages.Contains(relative[..slash]))
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, new SourceLocation(PathDisplay.Relative(full)),
                $"--translation-of needs an existing decision file under {PathDisplay.Relative(config.ContentDirectory)}/<language>/");
            return null;
        }

        var sourceLanguage = relative[..slash];
        if (sourceLanguage == language)
        {
            diagnostics.Error(DiagnosticCodes.InvalidArgument, Here, $"'{PathDisplay.Relative(full)}' is already in '{language}'; give the other language with --lang");
            return null;
        }

        // Whatever state the source is in (a file fresh from 'new' has its required fields empty),
        // what can be read of it is carried over, and the rest is named on stdout.
        var source = TranslationSource.Read(config, full);
        var target = Path.Combine(config.ContentDirectory, language, relative[(slash + 1)..]);
        var carried = new NewDecision(
            language,
            title ?? "",
            source.Date,
            source.Body,
            source.Section,
            source.Dnro,
            source.Preparer?.Name,
            source.Presenter?.Name,
            source.Topics,
            source.Key,
            source.Title is null ? PathDisplay.Relative(full) : $"{PathDisplay.Relative(full)} ('{source.Title}')",
            source.Withheld);
        return WriteNew(target, DecisionFileWriter.Write(carried, config), diagnostics, "the translation is already there and is left as it is; edit that file") is { } written ? (written, sourceLanguage, source.NotCarried) : null;
    }

    /// <summary>
    /// The file name from the title: ä, ö and å transliterated, cut at a word boundary so names stay
    /// readable; a personal-data mark's words left out, since the name is the page's address, which
    /// stays on the site after the mark's last day.
    /// </summary>
    public static string Slug(string title) =>
        Slugs.From(Law.PersonalDataMarks.RedactPlain(title, " ")) is var slug && slug.Length > MaxSlugLength ? Slugs.FirstWords(slug, MaxSlugLength) : slug;

    /// <summary>Writes only when nothing is there: CreateNew fails rather than replace a file someone is editing.</summary>
    /// <param name="exists">What to tell when the file is there (by default, for a file named from a title: choose another title).</param>
    public static string? WriteNew(string path, string text, DiagnosticBag diagnostics, MessageText? exists = null)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Encoding.UTF8.GetBytes(text));
            return path;
        }
        catch (IOException) when (File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.WouldOverwrite, new SourceLocation(PathDisplay.Relative(path)),
                exists ?? (MessageText)"the file already exists and is left as it is; choose another title or edit that file");
            return null;
        }
    }

    private static SourceLocation Here => new("new");

    private static bool CheckLanguage(SiteConfig config, string language, DiagnosticBag diagnostics)
    {
        if (config.Languages.Contains(language))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidArgument, Here, $"unknown language '{language}' in --lang{Suggestions.DidYouMean(language, config.Languages)}");
        return false;
    }

    /// <summary>Whether <paramref name="body"/>, given with --body, is none or one of the site's organs; an error at <paramref name="location"/> when not.</summary>
    internal static bool CheckBody(SiteConfig config, string? body, DiagnosticBag diagnostics, SourceLocation? location = null)
    {
        if (body is null || config.FindBody(body) is not null)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidArgument, location ?? Here, $"unknown organ '{body}' in --body{Suggestions.DidYouMean(body, config.Bodies.Select(b => b.Id))}");
        return false;
    }
}
