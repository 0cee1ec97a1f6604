using System.Buffers.Binary;
using System.Security.Cryptography;

namespace DecisionsPortal.Output;

/// <summary>
/// 128 bits of a SHA-256 of some bytes: equal fingerprints mean equal inputs (collisions are
/// beyond reach at any site's size), so a file whose inputs have the same fingerprint as last
/// time need not be made again.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static Fingerprint Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new Fingerprint(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    public static Fingerprint Of(params ReadOnlySpan<Fingerprint> parts)
    {
        Span<byte> bytes = stackalloc byte[16 * parts.Length];
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
