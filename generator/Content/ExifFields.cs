using System.Buffers.Binary;

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
    // A BigTIFF (a scan of over 4 GB, or one a scanner writes so anyway) has 8-byte counts and offsets.
    /// <returns>Whether the image's GPS directory gives where it was taken (a latitude or longitude).</returns>
    public static bool Read(ReadOnlySpan<byte> tiff, StringBuilder text, bool everyPage = false)
    {
        if (tiff.Length < 8 || !(tiff.StartsWith("II"u8) || tiff.StartsWith("MM"u8)))
        {
            return false;
        }

        var layout = new Layout(tiff[0] == (byte)'I', U16(tiff, 2, tiff[0] == (byte)'I') == 43);
        if (layout.Big && tiff.Length < 16)
        {
            return false;
        }

        var position = false;
        var seen = new HashSet<long>();
        for (var page = layout.Offset(tiff, layout.Big ? 8 : 4); page != 0 && page <= tiff.Length - layout.CountSize && seen.Count < MaxPages && seen.Add(page);)
        {
            position |= Directory(tiff, layout, page, nested: false, text);
            var next = page + layout.CountSize + (layout.EntrySize * layout.Count(tiff, page));
            page = everyPage && next >= 0 && next <= tiff.Length - layout.OffsetSize ? layout.Offset(tiff, next) : 0;
        }

        return position;
    }

    // Where a file's counts and offsets are and how wide: TIFF's 2-byte counts, 4-byte offsets and
    // 12-byte entries, or BigTIFF's 8, 8 and 20.
    private readonly record struct Layout(bool LittleEndian, bool Big)
    {
        public int CountSize => Big ? 8 : 2;

        public int OffsetSize => Big ? 8 : 4;

        public int EntrySize => Big ? 20 : 12;

        public long Count(ReadOnlySpan<byte> tiff, long at) => Big ? Long(tiff, at) : U16(tiff, (int)at, LittleEndian);

        public long Offset(ReadOnlySpan<byte> tiff, long at) => Big ? Long(tiff, at) : U32(tiff, (int)at, LittleEndian);

        // An 8-byte number past what any file has is no offset: read as one past its end.
        private long Long(ReadOnlySpan<byte> tiff, long at)
        {
            var value = LittleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(tiff[(int)at..]) : BinaryPrimitives.ReadUInt64BigEndian(tiff[(int)at..]);
            return value > int.MaxValue ? int.MaxValue : (long)value;
        }
    }

    private static bool Directory(ReadOnlySpan<byte> tiff, Layout layout, long offset, bool nested, StringBuilder text)
    {
        var position = false;
        if (offset > tiff.Length - layout.CountSize)
        {
            return position;
        }

        var count = layout.Count(tiff, offset);
        for (var i = 0L; i < count; i++)
        {
            var entry = offset + layout.CountSize + (layout.EntrySize * i);
            if (entry + layout.EntrySize > tiff.Length)
            {
                return position;
            }

            var tag = U16(tiff, (int)entry, layout.LittleEndian);
            var type = U16(tiff, (int)entry + 2, layout.LittleEndian);
            var size = layout.Offset(tiff, entry + 4);
            var field = entry + 4 + layout.OffsetSize;
            if (tag == 0x8769 && !nested)
            {
                Directory(tiff, layout, layout.Offset(tiff, field), nested: true, text);
            }
            else if (tag == 0x8825 && !nested)
            {
                position = Tags(tiff, layout, layout.Offset(tiff, field)).Any(t => t is 2 or 4);
            }
            else if (TextTags.Contains(tag) && type is 1 or 2 or 7)
            {
                var at = size <= layout.OffsetSize ? field : layout.Offset(tiff, field);
                if (at <= tiff.Length && size <= tiff.Length - at)
                {
                    ExifText(tag, tiff.Slice((int)at, (int)size), layout.LittleEndian, text);
                }
            }
        }

        return position;
    }

    // The tags of a directory's entries (GPS's: 1–4 latitude and longitude with their hemispheres).
    private static List<int> Tags(ReadOnlySpan<byte> tiff, Layout layout, long offset)
    {
        var tags = new List<int>();
        if (offset > tiff.Length - layout.CountSize)
        {
            return tags;
        }

        var count = layout.Count(tiff, offset);
        for (var i = 0L; i < count && offset + layout.CountSize + (layout.EntrySize * i) + layout.EntrySize <= tiff.Length; i++)
        {
            tags.Add(U16(tiff, (int)(offset + layout.CountSize + (layout.EntrySize * i)), layout.LittleEndian));
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
