using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DecisionsPortal.Content;

/// <summary>
/// The text an image carries about itself, for the check of marked words
/// (<see cref="AttachmentMetadata"/>): EXIF's text fields, an XMP packet, a JPEG's comments and
/// IPTC block, a PNG's text chunks. Only these are read, from a stream and never the whole file:
/// the pixels' bytes (an EXIF thumbnail's and a colour profile's too) hold runs of letters by
/// chance, and a short marked surname would be found there; and an image may be hundreds of
/// megabytes. A TIFF's or GIF's text fields lie anywhere among its pixels' strips or blocks, so
/// those two are not read.
/// </summary>
internal static class ImageMetadata
{
    // A stranger's file may hold any number of segments or a chunk of any size; no camera or editor
    // writes more than these, and past one the file is not read further.
    private const int MaxSegments = 100_000;
    private const int MaxChunk = 1 << 20;
    private const int MaxInflated = 64 << 10;
    private const int MaxText = 4 << 20;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // EXIF's fields of words: DocumentName, ImageDescription, Artist, Copyright, UserComment,
    // CameraOwnerName, and Windows' XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject.
    private static readonly HashSet<int> TextTags = [0x010D, 0x010E, 0x013B, 0x8298, 0x9286, 0xA430, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F];

    public static string Text(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var head = new byte[12];
        var length = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = new StringBuilder();
        if (length >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            file.Position = 2;
            Jpeg(file, text);
        }
        else if (length >= 8 && head.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            file.Position = 8;
            Png(file, text);
        }
        else if (length == 12 && head.AsSpan(0, 4).SequenceEqual("RIFF"u8) && head.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            WebP(file, text);
        }

        return text.ToString();
    }

    // The segments before the image data (SOS): EXIF and XMP in APP1, IPTC in APP13, comments;
    // not APP0's thumbnail nor APP2's colour profile.
    private static void Jpeg(Stream file, StringBuilder text)
    {
        var data = new byte[ushort.MaxValue];
        for (var count = 0; count < MaxSegments && text.Length < MaxText && file.ReadByte() == 0xFF; count++)
        {
            var marker = file.ReadByte();
            while (marker == 0xFF)
            {
                marker = file.ReadByte();
            }

            if (marker is < 0 or 0xD9 or 0xDA)
            {
                return;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (file.ReadAtLeast(data.AsSpan(0, 2), 2, throwOnEndOfStream: false) < 2)
            {
                return;
            }

            // A length too short to be one (0 or 1) is stepped over.
            var size = Math.Max(0, BinaryPrimitives.ReadUInt16BigEndian(data) - 2);
            if (marker is 0xE0 or 0xE2 || marker is not ((>= 0xE1 and <= 0xEF) or 0xFE))
            {
                file.Seek(size, SeekOrigin.Current);
                continue;
            }

            var segment = data.AsSpan(0, file.ReadAtLeast(data.AsSpan(0, size), size, throwOnEndOfStream: false));
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                Exif(segment[6..], text);
            }
            else if (marker == 0xE1 && segment.StartsWith("http://ns.adobe.com/xap/1.0/\0"u8))
            {
                Xml(segment["http://ns.adobe.com/xap/1.0/\0"u8.Length..], text);
            }
            else if (marker != 0xE1)
            {
                Runs(segment, text);
            }
        }
    }

    // The text chunks (tEXt, zTXt, iTXt) and EXIF (eXIf), before the pixels or after them; the
    // pixels' chunks are stepped over unread.
    private static void Png(Stream file, StringBuilder text)
    {
        var head = new byte[8];
        for (var count = 0; count < MaxSegments && text.Length < MaxText && file.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8; count++)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(head);
            var type = Encoding.ASCII.GetString(head, 4, 4);
            if (type == "IEND")
            {
                return;
            }

            if (type is "tEXt" or "zTXt" or "iTXt" or "eXIf" && length <= MaxChunk)
            {
                var data = new byte[length];
                data = data[..file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false)];
                PngText(type, data, text);
                file.Seek(4, SeekOrigin.Current);
            }
            else
            {
                file.Seek(length + 4L, SeekOrigin.Current);
            }
        }
    }

    // A keyword and its text; compressed in zTXt, and in iTXt where its flag says so. A chunk too
    // short for its parts is skipped alone.
    private static void PngText(string type, byte[] data, StringBuilder text)
    {
        if (type == "eXIf")
        {
            Exif(data, text);
            return;
        }

        var keywordEnd = Array.IndexOf(data, (byte)0);
        if (keywordEnd < 0)
        {
            return;
        }

        text.Append(Encoding.Latin1.GetString(data, 0, keywordEnd)).Append('\n');
        if (type == "tEXt")
        {
            Decoded(data.AsSpan(keywordEnd + 1), text);
        }
        else if (type == "zTXt")
        {
            Decoded(Inflated(data.AsSpan(Math.Min(keywordEnd + 2, data.Length))), text);
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
                Decoded(rest[(language + 1)..(language + 1 + translated)], text);
                Decoded(compressed ? Inflated(value) : value, text);
            }
        }
    }

    // The EXIF and XMP chunks of a WebP, the others stepped over by their sizes.
    private static void WebP(Stream file, StringBuilder text)
    {
        var head = new byte[8];
        for (var count = 0; count < MaxSegments && text.Length < MaxText && file.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8; count++)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(4));
            var exif = head.AsSpan(0, 4).SequenceEqual("EXIF"u8);
            if ((exif || head.AsSpan(0, 4).SequenceEqual("XMP "u8)) && length <= MaxChunk)
            {
                var data = new byte[length];
                var chunk = data.AsSpan(0, file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false));
                if (exif)
                {
                    Exif(chunk.StartsWith("Exif\0\0"u8) ? chunk[6..] : chunk, text);
                }
                else
                {
                    Xml(chunk, text);
                }

                file.Seek(length & 1, SeekOrigin.Current);
            }
            else
            {
                file.Seek(length + (length & 1L), SeekOrigin.Current);
            }
        }
    }

    // The text fields of EXIF's first directory (the image's) and of its EXIF directory; not the
    // second directory's (the thumbnail's) nor any bytes no field points to.
    private static void Exif(ReadOnlySpan<byte> tiff, StringBuilder text)
    {
        if (tiff.Length < 8 || !(tiff.StartsWith("II"u8) || tiff.StartsWith("MM"u8)))
        {
            return;
        }

        var little = tiff[0] == (byte)'I';
        Directory(tiff, little, U32(tiff, 4, little), nested: false, text);
    }

    private static void Directory(ReadOnlySpan<byte> tiff, bool little, uint offset, bool nested, StringBuilder text)
    {
        if (offset > tiff.Length - 2L)
        {
            return;
        }

        var count = U16(tiff, (int)offset, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)offset + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return;
            }

            var tag = U16(tiff, entry, little);
            var type = U16(tiff, entry + 2, little);
            var size = U32(tiff, entry + 4, little);
            if (tag == 0x8769 && !nested)
            {
                Directory(tiff, little, U32(tiff, entry + 8, little), nested: true, text);
            }
            else if (TextTags.Contains(tag) && type is 1 or 2 or 7)
            {
                var at = size <= 4 ? (uint)entry + 8 : U32(tiff, entry + 8, little);
                if (at <= tiff.Length && size <= tiff.Length - at)
                {
                    ExifText(tag, tiff.Slice((int)at, (int)size), little, text);
                }
            }
        }
    }

    // XPAuthor and its kin are UTF-16 (little-endian, as Windows writes them); a UserComment says
    // its character set in its first eight bytes; the others are ASCII, or UTF-8 or Latin-1 as
    // editors write an 'ä'.
    private static void ExifText(int tag, ReadOnlySpan<byte> value, bool little, StringBuilder text)
    {
        if (tag is >= 0x9C9B and <= 0x9C9F)
        {
            text.Append(Encoding.Unicode.GetString(value).TrimEnd('\0')).Append('\n');
        }
        else if (tag == 0x9286 && value.Length >= 8)
        {
            var unicode = value.StartsWith("UNICODE\0"u8);
            if (unicode)
            {
                text.Append((little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(value[8..]).TrimEnd('\0')).Append('\n');
            }
            else
            {
                Decoded(value[8..], text);
            }
        }
        else
        {
            Decoded(value, text);
        }
    }

    private static void Xml(ReadOnlySpan<byte> packet, StringBuilder text)
    {
        using var stream = new MemoryStream(packet.ToArray());
        XmlText.Append(stream, MaxChunk, text);
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);

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

    private static void Decoded(ReadOnlySpan<byte> value, StringBuilder text)
    {
        var words = StrictUtf8.Decode(value).Text ?? Encoding.Latin1.GetString(value);
        text.Append(words.Replace('\0', '\n')).Append('\n');
    }

    // Runs of four or more characters of valid UTF-8 in a block of no known layout (a comment,
    // Photoshop's IPTC): a byte of 0x80 or more counts only within a whole UTF-8 character, so a
    // random run of bytes is short.
    private static void Runs(ReadOnlySpan<byte> bytes, StringBuilder text)
    {
        var start = 0;
        var characters = 0;
        for (var i = 0; i <= bytes.Length;)
        {
            if (i < bytes.Length)
            {
                var b = bytes[i];
                if (b is >= 0x20 and < 0x7F or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    i++;
                    characters++;
                    continue;
                }

                if (b >= 0x80 && System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var used) == OperationStatus.Done)
                {
                    i += used;
                    characters++;
                    continue;
                }
            }

            if (characters >= 4)
            {
                text.Append(Encoding.UTF8.GetString(bytes[start..i])).Append('\n');
            }

            i++;
            start = i;
            characters = 0;
        }
    }
}
