namespace DecisionsPortal.Content;

/// <summary>
/// A JSON file's text (a register's or a form service's export) as a viewer shows its strings: a
/// letter past ASCII is often written as an escape ('meik\u00e4l\u00e4inen'), a line end as '\n'
/// before the word it starts. Damaged JSON is read all the same: only its escapes are decoded.
/// </summary>
internal static partial class JsonText
{
    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".json" or ".geojson" or ".jsonl" or ".ndjson";

    /// <summary>Its strings decoded, then, where that changed anything, the text as written, which a text editor shows: a path of one backslash ('H:\neuvottelu…') loses a letter decoded.</summary>
    public static string Of(byte[] bytes) => AsWritten(AttachmentFileText.Decoded(bytes));

    private static string AsWritten(string written) => Decoded(written) is var decoded && decoded == written ? written : decoded + "\n" + written;

    private static string Decoded(string written) => Escape().Replace(written, e => e.Groups[1].Success
        ? ((char)int.Parse(e.Groups[1].ValueSpan, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToString()
        : e.Groups[2].Value switch
        {
            "n" or "r" => "\n",
            "t" or "b" or "f" => " ",
            var sign => sign,
        });

    [GeneratedRegex(@"\\(?:u([0-9a-fA-F]{4})|([\\/""bfnrt]))")]
    private static partial Regex Escape();
}
