using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Configuration;

/// <summary>
/// Reads site.yml or a strings file as text: a device, a pipe or an oversized file is refused
/// before it is opened (a --config /dev/zero would be read until memory ran out), and invisible
/// control characters become spaces, with a warning, as in content files.
/// </summary>
public static class ConfigFile
{
    public static string? ReadText(string path, string shown, DiagnosticBag diagnostics)
    {
        var (refusal, length) = TextFiles.Check(path);
        var bytes = refusal == TextFiles.Refusal.None ? TextFiles.ReadAll(path) : null;
        if (bytes is null)
        {
            var code = refusal == TextFiles.Refusal.NotARegularFile ? DiagnosticCodes.ConfigNotARegularFile : DiagnosticCodes.ConfigFileTooLarge;
            diagnostics.Error(code, new SourceLocation(shown, 1, 1), TextFileMessages.Refused(refusal == TextFiles.Refusal.None ? TextFiles.Refusal.TooLarge : refusal, Math.Max(length, TextFiles.MaxBytes + 1)));
            return null;
        }

        // Saved as UTF-16 or Latin-1 ('Unicode' or 'ANSI' in Notepad), the titles and names would be
        // published as replacement characters: as a content file, it is refused where it goes wrong.
        // It is read on all the same, so that the run tells its other mistakes, in the editor's language.
        var text = bytes.AsSpan(bytes.Length - StrictUtf8.WithoutByteOrderMark(bytes).Length);
        string decoded;
        if (StrictUtf8.IsUtf16(text))
        {
            diagnostics.Error(DiagnosticCodes.ConfigNotUtf8, new SourceLocation(shown, 1, 1), TextFileMessages.SavedAsUtf16);
            decoded = Utf16(text);
        }
        else
        {
            if (StrictUtf8.FirstBadByte(text) is var (line, column))
            {
                diagnostics.Error(DiagnosticCodes.ConfigNotUtf8, new SourceLocation(shown, line, column), TextFileMessages.NotUtf8);
            }
            else if (ControlCharacters.Replace(text) is { } control)
            {
                diagnostics.Warning(DiagnosticCodes.ConfigControlCharacter, new SourceLocation(shown, control.Line, control.Column), TextFileMessages.ControlCharacter(control));
            }

            decoded = System.Text.Encoding.UTF8.GetString(text);
        }

        return decoded.Contains('\r') ? decoded.Replace("\r\n", "\n") : decoded;
    }

    // UTF-16 by its byte order mark, else by which byte of the first character is zero.
    private static string Utf16(ReadOnlySpan<byte> text) =>
        ((text[0], text[1]) is (0xFE, 0xFF) || (text[0] == 0 && text[1] != 0) ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(text).TrimStart('\uFEFF');

    /// <summary>
    /// The file's YAML, which must be a mapping; null when it could not be read, or, with the error
    /// <paramref name="notMapping"/> at its value (<paramref name="empty"/> at its start when it holds
    /// nothing), when it is not one: a line of text, a list or nothing parses without a YAML error,
    /// and the build needs an error to stop at.
    /// </summary>
    public static YamlMapping? ReadMapping(string path, string shown, DiagnosticBag diagnostics, MessageText notMapping, MessageText empty)
    {
        if (ReadText(path, shown, diagnostics) is not { } text)
        {
            return null;
        }

        var source = new YamlSource(shown, text);
        var root = source.Parse(diagnostics, YamlCodes.Configuration);
        if (root is MappingNode mapping)
        {
            return new YamlMapping(mapping, source, diagnostics, DiagnosticCodes.ConfigInvalidValue);
        }

        if (root is not null || !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidYaml, root is null ? new SourceLocation(shown, 1, 1) : source.At(root), root is null ? empty : notMapping);
        }

        return null;
    }
}
