using System.Buffers.Binary;
using System.IO.Compression;

namespace DecisionsPortal.Content;

/// <summary>The text chunks of a PNG (after its signature), for <see cref="ImageMetadata"/>.</summary>
internal static class PngTextChunks
{
    private const int MaxInflated = 64 << 10;

    // The text chunks (tEXt, zTXt, iTXt) and EXIF (eXIf), before the pixels or after them; the
    // pixels' chunks are stepped over unread.
    /// <returns>Whether its EXIF gives where the image was taken.</returns>
    public static bool Read(Stream file, StringBuilder text)
    {
        var position = false;
        var head = new byte[8];
        for (var count = 0; count < ImageMetadata.MaxSegments && text.Length < ImageMetadata.MaxText && file.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8; count++)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(head);
            var type = Encoding.ASCII.GetString(head, 4, 4);
            if (type == "IEND")
            {
                return position;
            }

            if (type is "tEXt" or "zTXt" or "iTXt" or "eXIf" && length <= ImageMetadata.MaxChunk)
            {
                var data = new byte[length];
                data = data[..file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false)];
                position |= PngText(type, data, text);
                file.Seek(4, SeekOrigin.Current);
            }
            else
            {
                file.Seek(length + 4L, SeekOrigin.Current);
            }
        }

        return position;
    }

    // A keyword and its text; compressed in zTXt, and in iTXt where its flag says so. A chunk too
    // short for its parts is skipped alone.
    private static bool PngText(string type, byte[] data, StringBuilder text)
    {
        if (type == "eXIf")
        {
            return ExifFields.Read(data, text);
        }

        var keywordEnd = Array.IndexOf(data, (byte)0);
        if (keywordEnd < 0)
        {
            return false;
        }

        text.Append(Encoding.Latin1.GetString(data, 0, keywordEnd)).Append('\n');
        if (type == "tEXt")
        {
            ImageMetadata.Decoded(data.AsSpan(keywordEnd + 1), text);
        }
        else if (type == "zTXt")
        {
            ImageMetadata.Decoded(Inflated(data.AsSpan(Math.Min(keywordEnd + 2, data.Length))), text);
        }
        else if (keywordEnd + 3 <= data.Length)
        {
            // After the flag and the method, a language tag and a translated keyword, each ending in a zero.
            var compressed = data[keywordEnd + 1] == 1;
            var rest = data.AsSpan(keywordEnd + 3);
            var language = rest.IndexOf((byte)0);
            var translated = language < 0 ? -1 : rest[(language + 1)..].IndexOf((byte)0);
            if (translated >= 0)
            {
                var value = rest[(language + 1 + translated + 1)..];
                ImageMetadata.Decoded(rest[(language + 1)..(language + 1 + translated)], text);
                ImageMetadata.Decoded(compressed ? Inflated(value) : value, text);
            }
        }

        return false;
    }

    // At most 64 KB unpacked: a property is a line or a paragraph, and 300 KB of zTXt unpacks to 300 MB.
    private static byte[] Inflated(ReadOnlySpan<byte> data)
    {
        var inflated = new byte[MaxInflated];
        var length = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data.ToArray()), CompressionMode.Decompress);
            int read;
            while (length < inflated.Length && (read = zlib.Read(inflated, length, inflated.Length - length)) > 0)
            {
                length += read;
            }
        }
        catch (InvalidDataException)
        {
        }

        return inflated[..length];
    }
}
