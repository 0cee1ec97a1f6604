namespace DecisionsPortal.Content;

/// <summary>
/// An OLE compound file: an old Word, Excel or PowerPoint file (.doc, .xls, .ppt), and the file in
/// which Office saves a new one (.docx, .xlsx, .pptx) protected with a password, its zip encrypted
/// in a stream named 'EncryptedPackage'. An old file given the new name holds no such stream: it is
/// read as the old format it is (<see cref="FileStrings"/>), not told as protected.
/// </summary>
internal static class CompoundFiles
{
    private static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // A directory entry's name, UTF-16 with its terminating zero, and the length written after it (at 64).
    private static readonly byte[] Package = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage\0");

    private const int EntrySize = 128;

    /// <summary>Whether the file is a compound file holding an encrypted Office document.</summary>
    public static bool IsEncrypted(Stream file)
    {
        file.Position = 0;
        Span<byte> head = stackalloc byte[8];
        if (file.ReadAtLeast(head, 8, throwOnEndOfStream: false) != 8 || !head.SequenceEqual(Signature))
        {
            return false;
        }

        // The directory's sectors may be anywhere in the file, but every sector starts at a multiple
        // of 512 bytes and every entry at a multiple of 128: each such place is looked at.
        file.Position = 0;
        var buffer = new byte[1 << 20];
        for (int read; (read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0;)
        {
            for (var at = 0; at + EntrySize <= read; at += EntrySize)
            {
                if (buffer.AsSpan(at, Package.Length).SequenceEqual(Package) && buffer[at + 64] == Package.Length && buffer[at + 65] == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
