namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Why a file could not be read, in the editor's words: .NET's own message ("Could not find file
/// '/home/…'") is English whatever the language of the rest of the line. A failure of the disk
/// itself keeps the system's words, which name what no table here could.
/// </summary>
public static class FileFailure
{
    public static MessageText Why(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "there is no such file; check its name and folder",
        UnauthorizedAccessException => "the file may not be read (its permissions forbid it)",
        _ => MessageText.Of($"cannot read the file: {e.Message}"),
    };
}
