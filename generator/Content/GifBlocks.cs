namespace DecisionsPortal.Content;

/// <summary>A GIF's comments, plain-text blocks and XMP, for <see cref="ImageMetadata"/>.</summary>
internal static class GifBlocks
{
    // A GIF's comments (and plain-text blocks) lie among its frames: each block is stepped over by
    // its sub-blocks' lengths, its pixels never read; the file's first 8 bytes are read already.
    public static void Read(Stream file, StringBuilder text)
    {
        var bytes = new byte[255];
        if (file.ReadAtLeast(bytes.AsSpan(0, 5), 5, throwOnEndOfStream: false) < 5)
        {
            return;
        }

        SkipColours(bytes[2]);
        for (var count = 0; count < ImageMetadata.MaxSegments && text.Length < ImageMetadata.MaxText && file.ReadByte() is var kind and (0x21 or 0x2C); count++)
        {
            if (kind == 0x2C)
            {
                if (file.ReadAtLeast(bytes.AsSpan(0, 9), 9, throwOnEndOfStream: false) < 9)
                {
                    return;
                }

                SkipColours(bytes[8]);
                file.ReadByte();
                SubBlocks(read: false);
            }
            else if (file.ReadByte() is var label && label == 0xFF && file.ReadAtLeast(bytes.AsSpan(0, 12), 12, throwOnEndOfStream: false) == 12 && bytes.AsSpan(0, 12).SequenceEqual("\vXMP DataXMP"u8))
            {
                Xmp();
            }
            else
            {
                // An application extension's first sub-block is read already: its rest is stepped over.
                SubBlocks(read: label is 0xFE or 0x01);
            }
        }

        void SkipColours(byte packed) => file.Seek((packed & 0x80) != 0 ? 3 << ((packed & 7) + 1) : 0, SeekOrigin.Current);

        // Adobe's XMP in a GIF is its packet's bytes as they are, which hold no zero, ended by a
        // 'magic trailer' (0x01, 0xFF down to 0x00) that makes a reader of sub-blocks step over it,
        // and the blocks' end (0x00).
        void Xmp()
        {
            var packet = new MemoryStream();
            for (var b = file.ReadByte(); b > 0 && packet.Length < ImageMetadata.MaxChunk; b = file.ReadByte())
            {
                packet.WriteByte((byte)b);
            }

            file.ReadByte();
            var xml = packet.GetBuffer().AsSpan(0, (int)packet.Length);
            ImageMetadata.Xml(xml[..(xml.LastIndexOf((byte)'>') + 1)], text);
        }

        void SubBlocks(bool read)
        {
            var words = new MemoryStream();
            for (var size = file.ReadByte(); size > 0 && words.Length < ImageMetadata.MaxChunk; size = file.ReadByte())
            {
                if (read)
                {
                    words.Write(bytes, 0, file.ReadAtLeast(bytes.AsSpan(0, size), size, throwOnEndOfStream: false));
                }
                else
                {
                    file.Seek(size, SeekOrigin.Current);
                }
            }

            if (read)
            {
                ImageMetadata.Decoded(words.GetBuffer().AsSpan(0, (int)words.Length), text);
            }
        }
    }
}
