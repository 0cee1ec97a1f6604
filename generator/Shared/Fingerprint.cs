using System.Buffers.Binary;
using System.IO.Hashing;

namespace DecisionsPortal.Shared;

/// <summary>
/// A 128-bit hash of some bytes (XxHash128): equal fingerprints mean equal inputs, so a file
/// whose inputs have the fingerprint they had last time need not be made again. Not
/// cryptographic (nobody attacks their own preview); a fast non-cryptographic hash because serve
/// hashes tens of thousands of short inputs per build.
/// </summary>
public readonly record struct Fingerprint(ulong High, ulong Low)
{
    public static Fingerprint Of(ReadOnlySpan<byte> bytes) => Of(XxHash128.HashToUInt128(bytes));

    /// <summary>Of a file's bytes, read in pieces (an attachment may be gigabytes): the same as <see cref="Of(ReadOnlySpan{byte})"/> of them held whole.</summary>
    public static Fingerprint OfFile(string path)
    {
        var hash = new XxHash128();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
        {
            hash.Append(file);
        }

        return Of(hash);
    }

    public static Fingerprint Of(params ReadOnlySpan<Fingerprint> parts)
    {
        // Hashed in pieces through a small buffer: the same bytes as one span of them, without a
        // large array of a language's thousands of parts at each edit (which the GC would pay for).
        Span<byte> bytes = stackalloc byte[16 * 64];
        if (parts.Length <= 64)
        {
            return Of(Fill(bytes, parts));
        }

        var hash = new XxHash128();
        for (var start = 0; start < parts.Length; start += 64)
        {
            hash.Append(Fill(bytes, parts.Slice(start, Math.Min(64, parts.Length - start))));
        }

        return Of(hash);
    }

    private static Fingerprint Of(XxHash128 hash) => Of(hash.GetCurrentHashAsUInt128());

    private static Fingerprint Of(UInt128 hash) => new((ulong)(hash >> 64), (ulong)hash);

    private static ReadOnlySpan<byte> Fill(Span<byte> bytes, ReadOnlySpan<Fingerprint> parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i].CopyTo(bytes[(16 * i)..]);
        }

        return bytes[..(16 * parts.Length)];
    }

    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, High);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[8..], Low);
    }
}
