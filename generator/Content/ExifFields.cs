using System.Buffers.Binary;
using System.Text;

namespace DecisionsPortal.Content;

/// <summary>The text fields of an EXIF block (its TIFF header and directories), for <see cref="ImageMetadata"/>.</summary>
internal static class ExifFields
{
    // EXIF's fields of words: DocumentName, ImageDescription, Artist, Copyright, UserComment,
    // CameraOwnerName, Windows' XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject, and an XMP packet.
    private static readonly HashSet<int> TextTags = [0x010D, 0x010E, 0x013B, 0x8298, 0x9286, 0xA430, 0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F, 0x02BC];

    // More pages than a scanned document has are not read.
    private const int MaxPages = 10_000;

    // The text fields of EXIF's first directory (the image's) and of its EXIF directory; not the
    // second directory's (in a photo, the thumbnail's) nor any bytes no field points to. A TIFF
    // file's every directory is a page of its own (a scanned document's), with fields of its own.
    /// <returns>Whether the image's GPS directory gives where it was taken (a latitude or longitude).</returns>
    public static bool Read(ReadOnlySpan<byte> tiff, StringBuilder text, bool everyPage = false)
    {
        if (tiff.Length < 8 || !(tiff.StartsWith("II"u8) || tiff.StartsWith("MM"u8)))
        {
            return false;
        }

        var littleEndian = tiff[0] == (byte)'I';
        var position = false;
        var seen = new HashSet<uint>();
        for (var page = U32(tiff, 4, littleEndian); page != 0 && page <= tiff.Length - 2L && seen.Count < MaxPages && seen.Add(page);)
        {
            position |= Directory(tiff, littleEndian, page, nested: false, text);
            var next = page + 2L + (12L * U16(tiff, (int)page, littleEndian));
            page = everyPage && next <= tiff.Length - 4L ? U32(tiff, (int)next, littleEndian) : 0;
        }

        return position;
    }

    private static bool Directory(ReadOnlySpan<byte> tiff, bool littleEndian, uint offset, bool nested, StringBuilder text)
    {
        var position = false;
        if (offset > tiff.Length - 2L)
        {
            return position;
        }

        var count = U16(tiff, (int)offset, littleEndian);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)offset + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return position;
            }

            var tag = U16(tiff, entry, littleEndian);
            var type = U16(tiff, entry + 2, littleEndian);
            var size = U32(tiff, entry + 4, littleEndian);
            if (tag == 0x8769 && !nested)
            {
                Directory(tiff, littleEndian, U32(tiff, entry + 8, littleEndian), nested: true, text);
            }
            else if (tag == 0x8825 && !nested)
            {
                position = Tags(tiff, littleEndian, U32(tiff, entry + 8, littleEndian)).Any(t => t is 2 or 4);
            }
            else if (TextTags.Contains(tag) && type is 1 or 2 or 7)
            {
                var at = size <= 4 ? (uint)entry + 8 : U32(tiff, entry + 8, littleEndian);
                if (at <= tiff.Length && size <= tiff.Length - at)
                {
                    ExifText(tag, tiff.Slice((int)at, (int)size), littleEndian, text);
                }
            }
        }

        return position;
    }

    // The tags of a directory's entries (GPS's: 1–4 latitude and longitude with their hemispheres).
    private static List<int> Tags(ReadOnlySpan<byte> tiff, bool littleEndian, uint offset)
    {
        var tags = new List<int>();
        if (offset > tiff.Length - 2L)
        {
            return tags;
        }

        var count = U16(tiff, (int)offset, littleEndian);
        for (var i = 0; i < count && offset + 2 + (12L * i) + 12 <= tiff.Length; i++)
        {
            tags.Add(U16(tiff, (int)offset + 2 + (12 * i), littleEndian));
        }

        return tags;
    }

    // XPAuthor and its kin are UTF-16 (little-endian, as Windows writes them); a UserComment says
    // its character set in its first eight bytes; the others are ASCII, or UTF-8 or Latin-1 as
    // editors write an 'ä'.
    private static void ExifText(int tag, ReadOnlySpan<byte> value, bool littleEndian, StringBuilder text)
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
                text.Append((littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(value[8..]).TrimEnd('\0')).Append('\n');
            }
            else
            {
                ImageMetadata.Decoded(value[8..], text);
            }
        }
        else
        {
            ImageMetadata.Decoded(value, text);
        }
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int at, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
}
