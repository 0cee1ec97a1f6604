namespace DecisionsPortal;

/// <summary>
/// The first bytes of a stream a stranger's file unpacks to (a zip's file, a PDF's attached file, a
/// document's embedded object) or of a file someone wrote (<see cref="TextFiles.ReadAll"/>), at most
/// as many as the reader allows: a few kilobytes may unpack to gigabytes, a file may grow while it is
/// read. It tells apart the two ways a read stops short, which each reader tells its own way:
/// the stream held more (<see cref="Past"/>), or it ended in damaged data (<see cref="Cut"/>: a packed
/// stream cut short, whose bytes before the cut are given).
/// </summary>
internal readonly record struct StreamHead(byte[] Bytes, bool Past, bool Cut)
{
    public static StreamHead Of(Stream stream, long most)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            for (int read; copy.Length < most && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, most - copy.Length))) > 0;)
            {
                copy.Write(buffer, 0, read);
            }

            return new(copy.ToArray(), copy.Length >= most && stream.ReadByte() >= 0, false);
        }
        catch (InvalidDataException)
        {
            return new(copy.ToArray(), false, true);
        }
    }
}
