using System.Buffers.Binary;
using System.Numerics;

namespace DecisionsPortal.Output;

/// <summary>
/// A 128-bit hash of some bytes (MurmurHash3, x64, 128-bit variant): equal fingerprints mean
/// equal inputs, so a file whose inputs have the fingerprint they had last time need not be made
/// again. Not cryptographic (nobody attacks their own preview); chosen over SHA-256 because serve
/// hashes tens of thousands of short inputs per build, where SHA-256's per-call cost dominated.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    private const ulong C1 = 0x87c37b91114253d5;
    private const ulong C2 = 0x4cf5ad432745937f;

    public static Fingerprint Of(ReadOnlySpan<byte> bytes)
    {
        ulong h1 = 0x9368e53c2f6af274, h2 = 0x586dcd208f7cd3fd;
        var blocks = bytes.Length / 16;
        for (var i = 0; i < blocks; i++)
        {
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 16)..]);
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 16 + 8)..]);
            h1 ^= Mix1(k1);
            h1 = (BitOperations.RotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
            h2 ^= Mix2(k2);
            h2 = (BitOperations.RotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
        }

        var tail = bytes[(blocks * 16)..];
        if (tail.Length > 0)
        {
            Span<byte> padded = stackalloc byte[16];
            padded.Clear();
            tail.CopyTo(padded);
            if (tail.Length > 8)
            {
                h2 ^= Mix2(BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]));
            }

            h1 ^= Mix1(BinaryPrimitives.ReadUInt64LittleEndian(padded));
        }

        h1 ^= (ulong)bytes.Length;
        h2 ^= (ulong)bytes.Length;
        h1 += h2;
        h2 += h1;
        h1 = Final(h1);
        h2 = Final(h2);
        h1 += h2;
        h2 += h1;
        return new Fingerprint(h1, h2);
    }

    public static Fingerprint Of(params ReadOnlySpan<Fingerprint> parts)
    {
        Span<byte> bytes = parts.Length <= 64 ? stackalloc byte[16 * parts.Length] : new byte[16 * parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i].CopyTo(bytes[(16 * i)..]);
        }

        return Of(bytes);
    }

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, High);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], Low);
    }

    private static ulong Mix1(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong Mix2(ulong k) => BitOperations.RotateLeft(k * C2, 33) * C1;

    private static ulong Final(ulong k)
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccd;
        k ^= k >> 33;
        k *= 0xc4ceb9fe1a85ec53;
        return k ^ (k >> 33);
    }
}
