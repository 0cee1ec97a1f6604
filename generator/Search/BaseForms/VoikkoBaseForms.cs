using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Finnish base forms and compound parts from libvoikko's morphological analysis (Debian:
/// libvoikko1, voikko-fi): BASEFORM of every reading, and for a compound (STRUCTURE holds more
/// than one '=') the word bases of WORDBASES ("+kaupungin(kaupunki)+hallitus(hallitus)") of the
/// reading with the fewest bases (the plainest split). A participle used as an adjective
/// ("valinnut": +valin(valita)+n+ut(+ut)) also counts under its verb. A handle is not
/// thread-safe, so calls are serialised.
/// </summary>
public sealed partial class VoikkoBaseForms : IBaseFormSource, IDisposable
{
    private const string Library = "libvoikko.so.1";

    // Endings of participles, whose word base is the verb ("+ut" of valinnut, "+tu" of valittu).
    private static readonly HashSet<string> ParticipleEndings = new(StringComparer.Ordinal)
    {
        "+ut", "+yt", "+nut", "+nyt", "+tu", "+ty", "+ttu", "+tty", "+va", "+vä", "+tava", "+tävä", "+ma", "+mä",
    };

    private readonly Lock gate = new();
    private IntPtr handle;

    private VoikkoBaseForms(IntPtr handle) => this.handle = handle;

    /// <summary>The source, or null with the reason when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoBaseForms? TryOpen(out string? reason)
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
            return new VoikkoBaseForms(handle);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            reason = "libvoikko is not installed (on Debian or Ubuntu: apt-get install libvoikko1 voikko-fi)";
            return null;
        }
    }

    public WordForms Analyse(string word)
    {
        var bases = new List<string>(2);
        List<string>? parts = null;
        var fewest = int.MaxValue;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
            var list = AnalyzeWord(handle, word);
            if (list == IntPtr.Zero)
            {
                return WordForms.Unknown;
            }

            try
            {
                for (var i = 0; Marshal.ReadIntPtr(list, i * IntPtr.Size) is var analysis && analysis != IntPtr.Zero; i++)
                {
                    if (Value(analysis, "BASEFORM") is { } baseForm)
                    {
                        Add(bases, baseForm.ToLowerInvariant());
                    }

                    var structure = Value(analysis, "STRUCTURE") ?? "";
                    var wordBases = Bases(Value(analysis, "WORDBASES") ?? "", out var endings);
                    if (structure.Count(c => c == '=') > 1 && wordBases.Count > 1 && endings.Count + wordBases.Count < fewest)
                    {
                        fewest = endings.Count + wordBases.Count;
                        parts = wordBases;
                    }
                    else if (wordBases.Count == 1 && endings.Count > 0 && ParticipleEndings.Contains(endings[^1]))
                    {
                        Add(bases, wordBases[0]);
                    }
                }
            }
            finally
            {
                FreeAnalysis(list);
            }
        }

        return WordForms.Of(word, bases, parts ?? [], true);
    }

    /// <summary>The word bases of a WORDBASES value (the base in each "(…)"), and the derivational endings ("(+inen)").</summary>
    private static List<string> Bases(string value, out List<string> endings)
    {
        var bases = new List<string>(2);
        endings = [];
        for (var open = value.IndexOf('('); open >= 0; open = value.IndexOf('(', open + 1))
        {
            var close = value.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            var part = value[(open + 1)..close];
            if (part.StartsWith('+'))
            {
                endings.Add(part);
            }
            else if (part.Length > 0)
            {
                Add(bases, part.ToLowerInvariant());
            }
        }

        return bases;
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
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
