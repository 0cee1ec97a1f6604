namespace DecisionsPortal.Diagnostics;

/// <summary>
/// What the editor is told of a text file that <see cref="TextFiles"/> refused to read or in
/// which <see cref="ControlCharacters"/> replaced something, as messages of the catalogue.
/// </summary>
public static class TextFileMessages
{
    private const string ControlCharacterMessage = "an invisible control character (U+{0:X4}) is here{1}, pasted from another program perhaps; it is published as a space: delete it";

    private const string MoreMessage = " and {0} more in this file";

    public static MessageText ControlCharacter(ControlCharacters.Found found) => MessageText.Format(ControlCharacterMessage, found.Code,
        found.Count > 1 ? MessageText.Format(MoreMessage, found.Count - 1) : MessageText.Empty);

    /// <summary>A file saved as UTF-16, whatever file it is.</summary>
    public static MessageText SavedAsUtf16 => "the file is saved as UTF-16 ('Unicode' in some editors); save it as UTF-8";

    /// <summary>A file of a byte that is not UTF-8 (Latin-1, 'ANSI' in Notepad), told at that byte.</summary>
    public static MessageText NotUtf8 => "the file is not UTF-8; save it as UTF-8 (ä, ö and å are then kept as written)";

    public static MessageText Refused(TextFiles.Refusal refusal, long length) => refusal switch
    {
        TextFiles.Refusal.NotARegularFile => "this is not an ordinary file (a device, a pipe or a link to one), so it is not read; replace it with a text file",
        _ => MessageText.Format("the file is {0:0.0} MB, more than the {1} MB a text file here may have; is it the right file?", length / 1048576.0, TextFiles.MaxBytes / 1048576),
    };
}
