using System.Runtime.InteropServices;

namespace DecisionsPortal.Output;

/// <summary>
/// A second name for an existing file (link(2) on Linux and macOS). Returns false where that is
/// not possible (Windows, another file system, a missing libc), and the caller writes the file instead.
/// </summary>
internal static class HardLink
{
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);
}
