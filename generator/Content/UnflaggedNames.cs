namespace DecisionsPortal.Content;

/// <summary>
/// What a zip's names and comments are decoded with where its flags do not say they are UTF-8
/// (<see cref="ZipNames"/>): as UTF-8 where they are valid UTF-8, else as Windows' OEM code page.
/// </summary>
internal sealed class UnflaggedNames : Encoding
{
    public static readonly UnflaggedNames Instance = new();

    private static readonly Encoding Oem = CodePagesEncodingProvider.Instance.GetEncoding(850)!;

    public override string GetString(byte[] bytes, int index, int count)
    {
        var span = bytes.AsSpan(index, count);
        return System.Text.Unicode.Utf8.IsValid(span) ? UTF8.GetString(span) : Oem.GetString(span);
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => GetString(bytes, index, count).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var decoded = GetString(bytes, byteIndex, byteCount);
        decoded.CopyTo(0, chars, charIndex, decoded.Length);
        return decoded.Length;
    }

    public override int GetMaxCharCount(int byteCount) => byteCount;

    // A zip opened to be read writes no name.
    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);
}
