using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Content;

/// <summary>Reads every <c>content/&lt;lang&gt;/meetings/&lt;organ&gt;/&lt;yyyy-MM-dd&gt;.md</c> file.</summary>
public static class MeetingLoader
{
    public const string Folder = "meetings";

    public static IReadOnlyList<Meeting> Load(SiteConfig config, DiagnosticBag diagnostics) => config.Languages
        .Select(language => (Language: language, Folder: Path.Combine(config.ContentDirectory, language, Folder)))
        .Where(x => Directory.Exists(x.Folder))
        .SelectMany(x => ContentFiles.Walk(x.Folder, "*", RealPath.Of(Path.GetFullPath(config.ContentDirectory)) + Path.DirectorySeparatorChar, diagnostics)
            .Where(p => ContentFiles.Readable(p, diagnostics))
            .Select(path => LoadFile(x.Language, x.Folder, path, config, diagnostics)))
        .OfType<Meeting>()
        .ToList();

    private static Meeting? LoadFile(string language, string folder, string path, SiteConfig config, DiagnosticBag diagnostics)
    {
        var (shown, frontMatter) = ContentFileReader.ReadFrontMatter(path, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        var file = new SourceLocation(shown, 1, 1);
        var parts = Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/');
        if (parts.Length != 2)
        {
            diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, file, $"a meeting file belongs in content/{language}/{Folder}/<organ>/<date>.md, e.g. content/{language}/{Folder}/kaupunginhallitus/2025-03-10.md");
            return null;
        }

        var body = parts[0];
        if (config.FindBody(body) is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownMeetingOrgan, file, $"unknown organ '{body}' in the folder name{DecisionReader.IdHint(body, config.Bodies)}");
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(parts[1]);
        if (!IsoDate.TryParse(name, out var date))
        {
            var rename = DateField.Example(name, "") is var iso && iso is not "" ? MessageText.Format(RenameTo, iso) : MessageText.Empty;
            diagnostics.Error(DiagnosticCodes.MeetingFileInvalid, file, $"a meeting file is named after the meeting's date, YYYY-MM-DD.md, not '{parts[1]}'{rename}");
            return null;
        }

        if (!DateRange.Holds(date))
        {
            diagnostics.Error(DiagnosticCodes.DateOutOfRange, file, DateRange.Explain("the file name", date));
            return null;
        }

        PersonalMarkCheck.Check(shown, frontMatter, diagnostics);
        return MeetingReader.Read(language, body, date, shown, frontMatter, diagnostics, config.BuildDate);
    }

    private const string RenameTo = ": rename it '{0}.md'";
}
