using System.Runtime.InteropServices;

namespace DecisionsPortal;

/// <summary>
/// Whether a file someone wrote may be read at all: a link to /dev/zero or a pipe would be read
/// for ever (or block), and a file of gigabytes is a mistake, not a decision. Both are told
/// from the file's status before it is opened, and a read stops at the limit in case it grew.
/// </summary>
public static partial class TextFiles
{
    /// <summary>Far above any decision or configuration (the longest real minutes are a few hundred KB).</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    public enum Refusal
    {
        None,
        NotARegularFile,
        TooLarge,
    }

    /// <summary>What is wrong with reading the file (a link followed to its target), and its length.</summary>
    public static (Refusal Refusal, long Length) Check(string path, long limit = MaxBytes)
    {
        if (Status(path) is var (mode, size))
        {
            return (mode & FileTypeMask) != RegularFile ? (Refusal.NotARegularFile, size)
                : size > limit ? (Refusal.TooLarge, size)
                : (Refusal.None, size);
        }

        var info = new FileInfo(path);
        return !info.Exists ? (Refusal.NotARegularFile, 0)
            : info.Length > limit ? (Refusal.TooLarge, info.Length)
            : (Refusal.None, info.Length);
    }

    /// <summary>The bytes of a file <see cref="Check"/> let through; null when it grew past the limit since.</summary>
    public static byte[]? ReadAll(string path, long limit = MaxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        return StreamHead.Of(stream, limit) is { Past: false } head ? head.Bytes : null;
    }

    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    // .NET has no public way to tell a device or a pipe from a file. The runtime's own native
    // shim (libSystem.Native, shipped with every .NET on Unix) fills a FileStatus struct whose
    // first fields are the same on every platform: int Flags, int Mode, uint Uid, uint Gid,
    // long Size. Where the shim is missing (Windows), the managed FileInfo answers instead.
    private static (int Mode, long Size)? Status(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var status = new byte[256];
            return Stat(path, status) == 0 ? (BitConverter.ToInt32(status, 4), BitConverter.ToInt64(status, 16)) : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
