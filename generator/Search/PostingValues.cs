using System.Numerics;

namespace DecisionsPortal.Search;

/// <summary>
/// A term's impacts and variant bits in its shard, after its documents, in the smallest of three
/// forms (search.js decodeShard reads each): an impact byte and the variant bits as a varint a
/// posting; one byte a posting (impact in 16 levels, four variant bits) for a term of at most four
/// forms; or the distinct pairs once and each posting's place among them in as few bits as they
/// need. A word in most decisions has about the same impact and the same forms in each, so its
/// postings take a bit or two, not a byte: a one-word query for it fetches its bitmap, not a byte a decision.
/// </summary>
internal static class PostingValues
{
    private const int Unpacked = 0, Packed = 1, Listed = 2;

    // Seven bits a posting at most: with eight, the byte a posting of the packed form costs no more.
    private const int MostPairs = 128;

    // Below this many postings the list of pairs would cost about what it saves.
    private const int FewestPostings = 32;

    public static void Write(ReadOnlySpan<byte> impacts, ReadOnlySpan<int> masks, bool packable, ByteWriter w)
    {
        var postings = impacts.Length;
        var places = postings >= FewestPostings ? Places(impacts, masks, packable) : null;
        if (places is not null && ListedSize(places.Pairs, postings) < (packable ? postings : UnpackedSize(masks)))
        {
            w.Byte(Listed);
            w.Varint(places.Pairs.Count);
            foreach (var (impact, mask) in places.Pairs)
            {
                w.Byte(impact);
                w.Varint(mask);
            }

            var width = Width(places.Pairs.Count);
            var bits = w.Zeros(((postings * width) + 7) / 8);
            for (int k = 0, at = 0; k < postings; k++)
            {
                var place = places.Of(impacts[k], masks[k]);
                for (var b = 0; b < width; b++, at++)
                {
                    if ((place >> b & 1) != 0)
                    {
                        bits[at >> 3] |= (byte)(1 << (at & 7));
                    }
                }
            }

            return;
        }

        w.Byte(packable ? Packed : Unpacked);
        var bytes = w.Reserve(packable ? postings : postings * 6);
        var written = 0;
        for (var k = 0; k < postings; k++)
        {
            if (packable)
            {
                bytes[written++] = PackedByte(impacts[k], masks[k]);
            }
            else
            {
                bytes[written++] = impacts[k];
                written += ByteWriter.Varint(bytes[written..], masks[k]);
            }
        }

        w.Advance(written);
    }

    /// <summary>The distinct (impact, variant bits) pairs as the browser reads them, in order of first use; null when more than <see cref="MostPairs"/>.</summary>
    private static PairPlaces? Places(ReadOnlySpan<byte> impacts, ReadOnlySpan<int> masks, bool packable)
    {
        var places = new PairPlaces(packable);
        for (var k = 0; k < impacts.Length; k++)
        {
            if (places.Add(impacts[k], masks[k]) && places.Pairs.Count > MostPairs)
            {
                return null;
            }
        }

        return places;
    }

    private static int ListedSize(List<(int Impact, int Mask)> pairs, int postings)
    {
        var size = ByteWriter.VarintSize(pairs.Count) + (((postings * Width(pairs.Count)) + 7) / 8);
        foreach (var (_, mask) in pairs)
        {
            size += 1 + ByteWriter.VarintSize(mask);
        }

        return size;
    }

    private static int UnpackedSize(ReadOnlySpan<int> masks)
    {
        var size = masks.Length;
        foreach (var mask in masks)
        {
            size += ByteWriter.VarintSize(mask);
        }

        return size;
    }

    private static byte PackedByte(byte impact, int mask) => (byte)((Math.Clamp((impact + 8) / 17, 1, 15) << 4) | mask);

    private static int Width(int pairs) => pairs > 1 ? 32 - BitOperations.LeadingZeroCount((uint)(pairs - 1)) : 0;

    /// <summary>Each pair's place. A packable term's pair is its packed byte, so a table of 256 places finds it without hashing, for the terms most postings belong to.</summary>
    private sealed class PairPlaces(bool packable)
    {
        private readonly int[]? byByte = packable ? new int[256] : null;
        private readonly Dictionary<long, int>? byPair = packable ? null : [];

        public List<(int Impact, int Mask)> Pairs { get; } = [];

        /// <summary>Whether the pair is new.</summary>
        public bool Add(byte impact, int mask)
        {
            if (byByte is not null)
            {
                var b = PackedByte(impact, mask);
                if (byByte[b] != 0)
                {
                    return false;
                }

                Pairs.Add(((b >> 4) * 17, b & 15));
                byByte[b] = Pairs.Count;
                return true;
            }

            if (!byPair!.TryAdd(Key(impact, mask), Pairs.Count))
            {
                return false;
            }

            Pairs.Add((impact, mask));
            return true;
        }

        public int Of(byte impact, int mask) => byByte is not null ? byByte[PackedByte(impact, mask)] - 1 : byPair![Key(impact, mask)];

        private static long Key(byte impact, int mask) => ((long)mask << 8) | impact;
    }
}
