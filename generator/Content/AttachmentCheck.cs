using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Checks that every attachment is a file beside its decision, inside the content folder, and
/// records where it really is. A path with '..', an absolute path or a symbolic link that leads
/// out of the content folder is refused, so a build never publishes a file from elsewhere. Only
/// document, image and media types are published (<see cref="Published"/>): a browser shows or
/// downloads them and never runs them, so an attachment cannot be a page on the site's origin
/// (an .html or .svg with a script, served by a host that ignores <c>_headers</c>). An allow-list,
/// because the list of types some browser runs (html, xhtml, svg, xml, xsl, js, mjs, …) never ends.
/// </summary>
public static partial class AttachmentCheck
{
    /// <summary>Names the decision's own output uses in its folder.</summary>
    public static readonly string[] ReservedNames = ["index.html", "index.json"];

    /// <summary>The file types an attachment may have (lower case, without the dot).</summary>
    public static readonly IReadOnlySet<string> Published = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "pdf", "txt", "csv", "rtf",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "odg",
        "png", "jpg", "jpeg", "gif", "webp", "tif", "tiff",
        "mp3", "m4a", "wav", "ogg", "mp4", "webm",
        "zip", "dwg", "dxf",
    };

    /// <summary>Whether a file's type ('liite.pdf') is one an attachment may have, so a link to such a file is checked as one.</summary>
    public static bool IsPublishedType(string file) => Published.Contains(Path.GetExtension(file).TrimStart('.'));

    public static Decision Resolve(Decision decision, string contentDirectory, DiagnosticBag diagnostics)
    {
        if (decision.Attachments.Count == 0)
        {
            return decision;
        }

        var contentRoot = RealPath.Of(Path.GetFullPath(contentDirectory));
        AttachmentNameCase.Check(decision, diagnostics);
        var resolved = decision.Attachments.Select(a => ResolveOne(a, decision.Folder, contentRoot, diagnostics)).ToList();
        return decision with { Attachments = resolved };
    }

    /// <summary>
    /// The files beside the decision that <see cref="Resolve"/> looks for, there or not: a parse
    /// stands only while they are as they were.
    /// </summary>
    public static IEnumerable<string> Candidates(Decision decision) =>
        decision.Law.Confidential || decision.Folder.Length == 0 ? [] :
            decision.Attachments.Select(a => Beside(a.File, decision.Folder)).OfType<string>();

    // Where a file name leads in the decision's folder; null for an absolute path, or one with
    // '..', '.' or empty parts, which may lead out of it.
    private static string? Beside(string file, string folder)
    {
        if (IsAbsolute(file))
        {
            return null;
        }

        var segments = file.Split('/', '\\');
        return segments.Any(s => s is ".." or "." or "") ? null : Path.Combine([folder, .. segments]);
    }

    // Linux takes these in a file name, but Windows cannot (git refuses the path on checkout,
    // and 'a:b.pdf' is written as a hidden part of a file 'a'), and in an address of the site
    // '?' and '#' end the path and '%' begins an escape, so a link written by hand to such a file
    // leads elsewhere; a control character nobody can see to type it. A backslash is not among
    // them: it is read as '/' between a folder and its file.
    private static readonly char[] NotInAName =
        [.. ":?*\"<>|#%", .. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)];

    // The character as the message shows it: a control character by its code, since it has no face.
    private static string Shown(char c) => char.IsControl(c) ? "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : $"'{c}'";

    // The name without them: one between two letters or digits becomes '-' ('14:00' '14-00'),
    // others go ('kysymys?.pdf' 'kysymys.pdf', 'liite #2.pdf' 'liite 2.pdf').
    private static string Renamed(string file)
    {
        var renamed = new System.Text.StringBuilder(file.Length);
        for (var i = 0; i < file.Length; i++)
        {
            if (!NotInAName.Contains(file[i]))
            {
                renamed.Append(file[i]);
            }
            else if (renamed.Length > 0 && char.IsLetterOrDigit(renamed[^1]) && i + 1 < file.Length && char.IsLetterOrDigit(file[i + 1]))
            {
                renamed.Append('-');
            }
        }

        return renamed.ToString();
    }

    // The name with the escapes of a web address read ('%20' a space, '%C3%B6' 'ö'); null when it
    // has none, or the name they spell could not be a file's either, or would be another path
    // ('%2e.pdf', '..%2fx.pdf'): a dot or a slash was not escaped by a link to the file.
    private static string? Unescaped(string file)
    {
        var escapes = PercentEscapes().Matches(file);
        if (escapes.Count == 0 || escapes.Any(e => Uri.UnescapeDataString(e.Value).AsSpan().IndexOfAny("./\\") >= 0))
        {
            return null;
        }

        var unescaped = Uri.UnescapeDataString(file);
        return unescaped.IndexOfAny(NotInAName) < 0 ? unescaped : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:%[0-9A-Fa-f]{2})+")]
    private static partial System.Text.RegularExpressions.Regex PercentEscapes();

    // 'C:\x', 'C:/x' and 'C:x' are Windows paths of a drive, wherever the build runs.
    private static bool IsAbsolute(string file) =>
        Path.IsPathRooted(file) || file.StartsWith('/') || file.StartsWith('\\') || (file.Length > 1 && char.IsAsciiLetter(file[0]) && file[1] == ':');

    private static Attachment ResolveOne(Attachment attachment, string folder, string contentRoot, DiagnosticBag diagnostics)
    {
        var file = attachment.File;
        if (IsAbsolute(file))
        {
            diagnostics.Error(DiagnosticCodes.AttachmentOutsideContent, attachment.Location,
                $"attachment '{file}' must be a file beside the decision, e.g. 'file: {Path.GetFileName(file.Replace('\\', '/'))}', not an absolute path");
            return attachment;
        }

        if (file.IndexOfAny(NotInAName) is >= 0 and var at)
        {
            // 'kutsu%20kirje.pdf', copied from a link to the file: the name meant is the one the escapes spell.
            var unescaped = Unescaped(file);
            if (unescaped is not null && Beside(unescaped, folder) is { } meant && File.Exists(meant))
            {
                var escape = PercentEscapes().Match(file).Value;
                diagnostics.Error(DiagnosticCodes.AttachmentNameCharacter, attachment.Location,
                    $"attachment '{file}' is the file's name as a web address writes it, with '{escape}' for '{Uri.UnescapeDataString(escape)}': write the name itself, 'file: {unescaped}'");
                return attachment;
            }

            diagnostics.Error(DiagnosticCodes.AttachmentNameCharacter, attachment.Location,
                $"attachment '{file}' has {Shown(file[at])} in its name, which a file name on Windows or a web address cannot hold; rename the file without it, e.g. 'file: {unescaped ?? Renamed(file)}'");
            return attachment;
        }

        if (Beside(file, folder) is not { } path)
        {
            diagnostics.Error(DiagnosticCodes.AttachmentOutsideContent, attachment.Location,
                $"attachment '{file}' must be a file beside the decision (or in a folder below it); '..' and empty parts are not allowed");
            return attachment;
        }

        if (ReservedNames.Contains(file, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.AttachmentReservedName, attachment.Location,
                $"attachment '{file}' has the name of the decision page's own file; rename it");
            return attachment;
        }

        if (Directory.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.AttachmentMissing, attachment.Location,
                $"attachment '{file}' is a folder, not a file; name one file in it, e.g. 'file: {file.TrimEnd('/')}/liite.pdf' (each attachment is one file)");
            return attachment;
        }

        if (!File.Exists(path))
        {
            var near = Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.EndsWith(".md", StringComparison.Ordinal)) : [];
            diagnostics.Error(DiagnosticCodes.AttachmentMissing, attachment.Location,
                $"attachment '{file}' not found; put the file at {PathDisplay.Relative(path)}{Suggestions.DidYouMean(file, near)}");
            return attachment;
        }

        var type = Path.GetExtension(path).TrimStart('.');
        if (!Published.Contains(type))
        {
            MessageText kind = type.Length == 0 ? "has no file type" : MessageText.Of($"is of a type ('.{type}') that is not published");
            diagnostics.Error(DiagnosticCodes.AttachmentRunnable, attachment.Location,
                $"attachment '{file}' {kind}: a browser could run it as a page of the site; attach it as PDF or as one of {string.Join(", ", Published.Order(StringComparer.Ordinal))}");
            return attachment;
        }

        var real = RealPath.Of(path);
        if (!real.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.AttachmentOutsideContent, attachment.Location,
                $"attachment '{file}' is a link to a file outside the content folder; copy the file here instead");
            return attachment;
        }

        // A pipe would block the build for ever when it is copied or its text is read; a device would be read without end.
        var (refusal, size) = TextFiles.Check(real);
        if (refusal == TextFiles.Refusal.NotARegularFile)
        {
            diagnostics.Error(DiagnosticCodes.NotARegularFile, attachment.Location,
                $"attachment '{file}' is not an ordinary file (a pipe or a device), so it cannot be published; put the file itself here");
            return attachment;
        }

        // Published files are copied through memory, where one file may be at most 2 GB (.NET's
        // largest array): told here, at the decision's line, and not as the copy's failure.
        if (size > Array.MaxLength)
        {
            diagnostics.Error(DiagnosticCodes.AttachmentTooLarge, attachment.Location,
                $"attachment '{file}' is over 2 GB, larger than a file the site can publish; publish a file this large (a meeting's recording, say) elsewhere, such as on a video service, and link to it in the text");
            return attachment;
        }

        return attachment with { SourcePath = real, Size = size };
    }
}
