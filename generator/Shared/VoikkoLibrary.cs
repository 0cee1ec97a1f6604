using System.Runtime.InteropServices;

namespace DecisionsPortal;

/// <summary>
/// libvoikko's C API with the voikko-fi dictionary (Debian: libvoikko1, voikko-fi), called through
/// P/Invoke: spelling for <c>import</c>'s OCR repair, morphological analysis for the search's base
/// forms. A handle is not thread-safe, so calls are serialised.
/// </summary>
public sealed partial class VoikkoLibrary : IDisposable
{
    private const string Library = "libvoikko.so.1";
    private const int SpellOk = 1;

    private readonly Lock gate = new();
    private IntPtr handle;

    private VoikkoLibrary(IntPtr handle) => this.handle = handle;

    /// <summary>The library, or null with the reason when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoLibrary? TryOpen(out string? reason)
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
            return new VoikkoLibrary(handle);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            reason = "libvoikko is not installed (on Debian or Ubuntu: apt-get install libvoikko1 voikko-fi)";
            return null;
        }
    }

    public bool Spells(string word)
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
            return Spell(handle, word) == SpellOk;
        }
    }

    /// <summary>Each reading of the word, as the values of <paramref name="keys"/> (null where a reading has none); empty for an unknown word.</summary>
    public IReadOnlyList<string?[]> Analyse(string word, params string[] keys)
    {
        var readings = new List<string?[]>(2);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
            var list = AnalyzeWord(handle, word);
            if (list == IntPtr.Zero)
            {
                return readings;
            }

            try
            {
                for (var i = 0; Marshal.ReadIntPtr(list, i * IntPtr.Size) is var analysis && analysis != IntPtr.Zero; i++)
                {
                    readings.Add(keys.Select(key => Value(analysis, key)).ToArray());
                }
            }
            finally
            {
                FreeAnalysis(list);
            }
        }

        return readings;
    }

    private static string? Value(IntPtr analysis, string key)
    {
        var value = AnalysisValue(analysis, key);
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            FreeValue(value);
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

    [LibraryImport(Library, EntryPoint = "voikkoAnalyzeWordCstr", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr AnalyzeWord(IntPtr handle, string word);

    [LibraryImport(Library, EntryPoint = "voikko_mor_analysis_value_cstr", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr AnalysisValue(IntPtr analysis, string key);

    [LibraryImport(Library, EntryPoint = "voikko_free_mor_analysis_value_cstr")]
    private static partial void FreeValue(IntPtr value);

    [LibraryImport(Library, EntryPoint = "voikko_free_mor_analysis")]
    private static partial void FreeAnalysis(IntPtr analyses);

    [LibraryImport(Library, EntryPoint = "voikkoTerminate")]
    private static partial void Terminate(IntPtr handle);
}
