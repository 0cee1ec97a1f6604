using System.Runtime.InteropServices;

namespace DecisionsPortal.Import;

/// <summary>
/// Finnish spelling by libvoikko with the voikko-fi dictionary (Debian: libvoikko1, voikko-fi),
/// called through its C API. A handle is not thread-safe, so calls are serialised.
/// </summary>
public sealed partial class VoikkoSpeller : ISpeller, IDisposable
{
    private const string Library = "libvoikko.so.1";
    private const int SpellOk = 1;

    private readonly Lock gate = new();
    private IntPtr handle;

    private VoikkoSpeller(IntPtr handle) => this.handle = handle;

    /// <summary>The speller, or null with the reason when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoSpeller? TryOpen(out string? reason)
    {
        try
        {
            var handle = Init(out var error, "fi", null);
            if (handle == IntPtr.Zero)
            {
                reason = $"libvoikko could not open its Finnish dictionary ({Marshal.PtrToStringUTF8(error) ?? "unknown error"}); install voikko-fi";
                return null;
            }

            reason = null;
            return new VoikkoSpeller(handle);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            reason = "libvoikko is not installed (on Debian or Ubuntu: apt-get install libvoikko1 voikko-fi)";
            return null;
        }
    }

    public bool Accepts(string word)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
            return Spell(handle, word) == SpellOk;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (handle != IntPtr.Zero)
            {
                Terminate(handle);
                handle = IntPtr.Zero;
            }
        }
    }

    [LibraryImport(Library, EntryPoint = "voikkoInit", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Init(out IntPtr error, string language, string? path);

    [LibraryImport(Library, EntryPoint = "voikkoSpellCstr", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Spell(IntPtr handle, string word);

    [LibraryImport(Library, EntryPoint = "voikkoTerminate")]
    private static partial void Terminate(IntPtr handle);
}
