using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The files of the theme's folder (templates, i18n, assets, appeal texts), in ordinal order: the
/// one listing its readers share (<see cref="SiteConfig.TemplateFiles"/>), made before any of them
/// is read, and no file outside it is read. The folder is read as the content folder is: a
/// symbolic link (to a file or a folder) that leads out of it is an error at the link and is never
/// read, since everything under assets/ is published as it is, and a link to the CI runner's
/// '.git/config' or a home folder's key would put that file on the site (or, read as a strings
/// file, quote its lines in a YAML error); a linked folder that leads round in a loop is named and
/// never walked. A file that is not an ordinary file (a pipe) or, outside assets/, is larger than a
/// text file may be, is an error at the file and is left out.
/// </summary>
internal static class ThemeFiles
{
    public static List<string> List(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var root = RealPath.Of(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var files = FolderWalk.Inside(folder, "*", root, diagnostics, DiagnosticCodes.ThemeLinkOutside,
            "this folder is a link to a folder outside the templates folder, whose files are never read or published; copy the folder here instead",
            DiagnosticCodes.ThemeLinkLoop);
        var assets = Path.Combine(folder, "assets") + Path.DirectorySeparatorChar;
        var readable = new List<string>(files.Count);
        foreach (var file in files)
        {
            if (FolderWalk.LeadsOut(file, root))
            {
                diagnostics.Error(DiagnosticCodes.ThemeLinkOutside, new SourceLocation(PathDisplay.Relative(file), 1, 1),
                    "this file is a link to a file outside the templates folder, which is never read or published; copy the file here instead");
            }
            else if (Refusal(file, file.StartsWith(assets, StringComparison.Ordinal)) is var (code, message))
            {
                diagnostics.Error(code, new SourceLocation(PathDisplay.Relative(file), 1, 1), message);
            }
            else
            {
                readable.Add(file);
            }
        }

        return readable;
    }

    // Every file of the folder is read, if only for the build's fingerprint, so a pipe (which
    // blocks its reader until something writes to it) is refused here, before any reader opens
    // it. Assets are published as they are, as attachments are, and have no size limit.
    private static (string Code, MessageText Message)? Refusal(string file, bool asset) => TextFiles.Check(file) switch
    {
        (TextFiles.Refusal.NotARegularFile, var length) => (DiagnosticCodes.ConfigNotARegularFile, TextFileMessages.Refused(TextFiles.Refusal.NotARegularFile, length)),
        (TextFiles.Refusal.TooLarge, var length) when !asset => (DiagnosticCodes.ConfigFileTooLarge, TextFileMessages.Refused(TextFiles.Refusal.TooLarge, length)),
        _ => null,
    };
}
