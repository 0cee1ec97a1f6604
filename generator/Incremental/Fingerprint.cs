using System.Buffers.Binary;
using System.IO.Hashing;

namespace DecisionsPortal.Incremental;

/// <summary>
/// A 128-bit hash of some bytes (XxHash128): equal fingerprints mean equal inputs, so a file
/// whose inputs have the fingerprint they had last time need not be made again. Not
/// cryptographic (nobody attacks their own preview); a fast non-cryptographic hash because serve
/// hashes tens of thousands of short inputs per build.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static Fingerprint Of(ReadOnlySpan<byte> bytes)
    {
        var hash = XxHash128.HashToUInt128(bytes);
        return new Fingerprint((ulong)(hash >> 64), (ulong)hash);
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
}
