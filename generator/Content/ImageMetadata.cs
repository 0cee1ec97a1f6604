using System.Buffers;
using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace DecisionsPortal.Content;

/// <summary>
/// The text an image carries about itself, for the check of marked words
/// (<see cref="AttachmentMetadata"/>): EXIF's text fields, an XMP packet, a JPEG's comments and
/// IPTC block, a PNG's text chunks. Only these are read, from a stream and never the whole file:
/// the pixels' bytes (an EXIF thumbnail's and a colour profile's too) hold runs of letters by
/// chance, and a short marked surname would be found there; and an image may be hundreds of
/// megabytes. A TIFF's fields lie anywhere among its pixels' strips, where its directories point:
/// it is mapped, not read, so that only the pages of the file holding them are touched. A GIF's
/// comments lie among its frames, which are stepped over.
/// </summary>
internal static class ImageMetadata
{
    // A stranger's file may hold any number of segments or a chunk of any size; no camera or editor
    // writes more than these, and past one the file is not read further.
    internal const int MaxSegments = 100_000;
    internal const int MaxChunk = 1 << 20;
    internal const int MaxText = 4 << 20;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static string Text(string path) => Read(path).Text;

    /// <summary>The image's text, and whether its EXIF or XMP gives the place where it was taken (GPS).</summary>
    public static (string Text, bool Position) Read(string path)
    {
        // By its bytes, not its name: a scan saved as '.jpg', or a photo as '.tif'.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        Span<byte> head = stackalloc byte[4];
        if (file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && IsTiff(head))
        {
            return Tiff(file);
        }

        file.Position = 0;
        return Read(file);
    }

    /// <summary>
    /// As <see cref="Read(string)"/>, of an image in a stream that is read forward only, stepping
    /// over what is not read (<see cref="ForwardStream"/>: one in an office document).
    /// </summary>
    public static (string Text, bool Position) Read(Stream file)
    {
        var position = false;
        var head = new byte[12];
        var length = file.ReadAtLeast(head.AsSpan(0, 2), 2, throwOnEndOfStream: false);
        var text = new StringBuilder();
        if (length == 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            position = Jpeg(file, text);
        }
        else if ((length += file.ReadAtLeast(head.AsSpan(2, 6), 6, throwOnEndOfStream: false)) == 8 && head.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            position = PngTextChunks.Read(file, text);
        }
        else if (length == 8 && IsTiff(head.AsSpan(0, 4)))
        {
            // A scan pasted into a document: its fields lie anywhere, so it is read whole, as far
            // as the stream goes (an office document's images are bounded where they are opened).
            using var tiff = new MemoryStream();
            tiff.Write(head, 0, 8);
            var buffer = new byte[81920];
            for (int read; (read = file.Read(buffer)) > 0;)
            {
                tiff.Write(buffer, 0, read);
            }

            position = ExifFields.Read(tiff.GetBuffer().AsSpan(0, (int)tiff.Length), text, everyPage: true);
        }
        else if (length == 8 && (head.AsSpan(0, 6).SequenceEqual("GIF87a"u8) || head.AsSpan(0, 6).SequenceEqual("GIF89a"u8)))
        {
            GifBlocks.Read(file, text);
        }
        else if (length == 8 && file.ReadAtLeast(head.AsSpan(8, 4), 4, throwOnEndOfStream: false) == 4 && head.AsSpan(0, 4).SequenceEqual("RIFF"u8) && head.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            position = WebP(file, text);
        }

        return (text.ToString(), position);
    }

    // A TIFF's first bytes, or a BigTIFF's ('+' for '*').
    private static bool IsTiff(ReadOnlySpan<byte> head) =>
        head.SequenceEqual("II*\0"u8) || head.SequenceEqual("MM\0*"u8) || head.SequenceEqual("II+\0"u8) || head.SequenceEqual("MM\0+"u8);

    private static unsafe (string Text, bool Position) Tiff(FileStream file)
    {
        var length = Math.Min(file.Length, int.MaxValue);
        using var map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        using var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        try
        {
            var text = new StringBuilder();
            var position = ExifFields.Read(new ReadOnlySpan<byte>(start + view.PointerOffset, (int)length), text, everyPage: true);
            return (text.ToString(), position);
        }
        finally
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
        }
    }

    // The segments before the image data (SOS): EXIF and XMP (and its extension) in APP1, IPTC in APP13, comments;
    // not APP0's thumbnail nor APP2's colour profile.
    private static bool Jpeg(Stream file, StringBuilder text)
    {
        var position = false;
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
                return position;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (file.ReadAtLeast(data.AsSpan(0, 2), 2, throwOnEndOfStream: false) < 2)
            {
                return position;
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
                position |= ExifFields.Read(segment[6..], text);
            }
            else if (marker == 0xE1 && segment.StartsWith("http://ns.adobe.com/xap/1.0/\0"u8))
            {
                position |= Xml(segment["http://ns.adobe.com/xap/1.0/\0"u8.Length..], text);
            }
            else
            {
                // Extended XMP (APP1, the part of a packet too large for one segment) is XML cut at any byte.
                Runs(segment, text);
            }
        }

        return position;
    }

    // The EXIF and XMP chunks of a WebP, the others stepped over by their sizes.
    private static bool WebP(Stream file, StringBuilder text)
    {
        var position = false;
        var head = new byte[8];
        for (var count = 0; count < MaxSegments && text.Length < MaxText && file.ReadAtLeast(head, 8, throwOnEndOfStream: false) == 8; count++)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(4));
            var exif = head.AsSpan(0, 4).SequenceEqual("EXIF"u8);
            if ((exif || head.AsSpan(0, 4).SequenceEqual("XMP "u8)) && length <= MaxChunk)
            {
                var data = new byte[length];
                var chunk = data.AsSpan(0, file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false));
                position |= exif ? ExifFields.Read(chunk.StartsWith("Exif\0\0"u8) ? chunk[6..] : chunk, text) : Xml(chunk, text);

                file.Seek(length & 1, SeekOrigin.Current);
            }
            else
            {
                file.Seek(length + (length & 1L), SeekOrigin.Current);
            }
        }

        return position;
    }

    /// <returns>Whether the packet gives where the image was taken (exif:GPSLatitude, in an attribute or an element).</returns>
    internal static bool Xml(ReadOnlySpan<byte> packet, StringBuilder text)
    {
        XmlText.AppendPacket(packet, MaxChunk, text);
        return packet.IndexOf("GPSLatitude"u8) >= 0 || packet.IndexOf("GPSLongitude"u8) >= 0;
    }

    internal static void Decoded(ReadOnlySpan<byte> value, StringBuilder text)
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
