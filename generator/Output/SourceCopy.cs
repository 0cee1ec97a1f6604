using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace DecisionsPortal.Output;

/// <summary>
/// A file of the site that is a copy of a file on disk (an attachment, <see cref="OutputFile.CopyOf"/>),
/// read in pieces through one pooled buffer: an attachment may be a gigabyte or more (a meeting's
/// recording), and reading it whole held all of it in memory, once per sink that saw it.
/// </summary>
internal static class SourceCopy
{
    private const int Piece = 1 << 20;

    /// <summary>Writes <paramref name="source"/>'s bytes into <paramref name="target"/> (new and empty).</summary>
    public static void Into(SafeFileHandle target, string source)
    {
        long offset = 0;
        Pieces(source, piece =>
        {
            RandomAccess.Write(target, piece, offset);
            offset += piece.Length;
            return true;
        });
    }

    /// <summary>Hands <paramref name="source"/>'s bytes to <paramref name="take"/> in pieces, in order; stops where it returns false.</summary>
    public static void Pieces(string source, Func<ReadOnlySpan<byte>, bool> take)
    {
        using var from = File.OpenHandle(source, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(Piece);
        try
        {
            long offset = 0;
            for (int read; (read = RandomAccess.Read(from, buffer.AsSpan(0, Piece), offset)) > 0 && take(buffer.AsSpan(0, read)); offset += read)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
