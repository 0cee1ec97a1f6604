using System.Runtime.InteropServices;

namespace DecisionsPortal.Output;

/// <summary>
/// Puts a finished folder in the output's place. Where the kernel can, both names trade places in
/// one rename (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP), so at every instant
/// the output path names a whole site, the old or the new, whenever the process dies. Elsewhere
/// (Windows, a file system without exchange) it takes two renames, and a process that dies between
/// them leaves the previous site at <paramref name="retired"/>, which the next build puts back
/// (<see cref="Leftovers"/>) before anything else.
/// </summary>
internal static class FolderSwap
{
    /// <summary>Afterwards <paramref name="output"/> is the new site, and the previous one (if any) is at <paramref name="retired"/>.</summary>
    public static void Replace(string staging, string output, string retired)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (TryExchange(staging, output))
        {
            Directory.Move(staging, retired);
            return;
        }

        Directory.Move(output, retired);
        Directory.Move(staging, output);
    }

    /// <summary>Trades the two names in one system call; false where the system or file system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0;
            }

            if (OperatingSystem.IsMacOS())
            {
                return RenameXNp(a, b, RenameSwap) == 0;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // An old C library without the call: the two renames below.
        }

        return false;
    }

    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int fromFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string from, int toFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true)]
    private static extern int RenameXNp([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);
}
