using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DecisionsPortal.Content;

/// <summary>
/// The text an image carries about itself (EXIF's fields, an XMP packet, a PNG's text chunks),
/// for the check of marked words (<see cref="AttachmentMetadata"/>). A JPEG's, PNG's and WebP's
/// metadata lies in segments of their own, read alone: the pixels' compressed bytes are full of
/// short runs of letters, and a short marked surname would be found there by chance. Other types
/// (TIFF, GIF) are read whole.
/// </summary>
internal static class ImageMetadata
{
    public static string Text(byte[] bytes)
    {
        var text = new StringBuilder();
        foreach (var segment in Segments(bytes))
        {
            Runs(segment, text);
        }

        return text.ToString();
    }

    private static IEnumerable<byte[]> Segments(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]))
        {
            return Jpeg(bytes);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png(bytes);
        }

        return span.StartsWith("RIFF"u8) && span.Length >= 12 && span[8..12].SequenceEqual("WEBP"u8) ? WebP(bytes) : [bytes];
    }

    // The APPn segments (EXIF, XMP, Photoshop's IPTC) and comments before the image data.
    private static List<byte[]> Jpeg(byte[] bytes)
    {
        var segments = new List<byte[]>();
        var i = 2;
        while (i + 4 <= bytes.Length && bytes[i] == 0xFF)
        {
            var marker = bytes[i + 1];
            if (marker is 0xFF or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += marker == 0xFF ? 1 : 2;
                continue;
            }

            if (marker is 0xD9 or 0xDA)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            if (marker is (>= 0xE0 and <= 0xEF) or 0xFE)
            {
                segments.Add(bytes[(i + 4)..Math.Clamp(i + 2 + length, i + 4, bytes.Length)]);
            }

            i += 2 + Math.Max((int)length, 2);
        }

        return segments;
    }

    // Every chunk but the pixels' (IDAT) and the palette's, a compressed text (zTXt, iTXt) unpacked.
    private static List<byte[]> Png(byte[] bytes)
    {
        var segments = new List<byte[]>();
        var i = 8;
        while (i + 12 <= bytes.Length)
        {
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(i)), (uint)(bytes.Length - i - 12));
            var type = Encoding.ASCII.GetString(bytes, i + 4, 4);
            var data = bytes[(i + 8)..(i + 8 + length)];
            if (type is not ("IDAT" or "PLTE" or "IEND"))
            {
                segments.Add(data);
                var keywordEnd = Array.IndexOf(data, (byte)0);
                if (type == "zTXt" && keywordEnd >= 0)
                {
                    segments.Add(Inflated(data, keywordEnd + 2));
                }
                else if (type == "iTXt" && keywordEnd >= 0 && keywordEnd + 1 < data.Length && data[keywordEnd + 1] == 1)
                {
                    // After the flag and the method, a language tag and a translated keyword, each ending in a zero.
                    var language = Array.IndexOf(data, (byte)0, keywordEnd + 3);
                    var translated = language < 0 ? -1 : Array.IndexOf(data, (byte)0, language + 1);
                    segments.Add(translated < 0 ? [] : Inflated(data, translated + 1));
                }
            }

            i += 12 + length;
        }

        return segments;
    }

    // The EXIF and XMP chunks of a WebP.
    private static List<byte[]> WebP(byte[] bytes)
    {
        var segments = new List<byte[]>();
        var i = 12;
        while (i + 8 <= bytes.Length)
        {
            var length = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 4)), (uint)(bytes.Length - i - 8));
            if (bytes.AsSpan(i, 4).SequenceEqual("EXIF"u8) || bytes.AsSpan(i, 4).SequenceEqual("XMP "u8))
            {
                segments.Add(bytes[(i + 8)..(i + 8 + length)]);
            }

            i += 8 + length + (length & 1);
        }

        return segments;
    }

    private static byte[] Inflated(byte[] data, int start)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data, Math.Min(start, data.Length), Math.Max(0, data.Length - start)), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            zlib.CopyTo(inflated);
            return inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    // Runs of four or more characters, read as UTF-8 where they are that and as Latin-1 (an older
    // EXIF's or tEXt's 'ä') otherwise; and runs of UTF-16 (Windows' XPAuthor, XPSubject), a
    // character of Latin-1 and a zero byte each.
    private static void Runs(byte[] bytes, StringBuilder text)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && IsText(bytes[i]))
            {
                continue;
            }

            if (i - start >= 4)
            {
                var run = bytes.AsSpan(start, i - start);
                text.Append(StrictUtf8.Decode(run).Text ?? Encoding.Latin1.GetString(run)).Append('\n');
            }

            start = i + 1;
        }

        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var end = i;
            while (end + 1 < bytes.Length && bytes[end + 1] == 0 && IsText(bytes[end]))
            {
                end += 2;
            }

            if (end - i >= 8)
            {
                text.Append(Encoding.Unicode.GetString(bytes, i, end - i)).Append('\n');
                i = end - 1;
            }
        }
    }

    private static bool IsText(byte b) => b >= 0x20 && b != 0x7F || b is (byte)'\t' or (byte)'\n' or (byte)'\r';
}
