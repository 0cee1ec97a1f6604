using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// One handle of libhunspell (through its C API; no .NET Hunspell library is served) with what it
/// said of each word asked. Not thread-safe: <see cref="HunspellBaseForms"/> gives each thread its own.
/// </summary>
internal sealed partial class HunspellHandle : IDisposable
{
    private const string Library = "libhunspell-1.7.so.0";

    // The grammar's candidates (IsBase, IsWord) are often words of the corpus that are analysed
    // on their own too, and Hunspell's stem costs tens of microseconds.
    private readonly Dictionary<string, string[]> stemsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> spells = new(StringComparer.Ordinal);
    private IntPtr handle;

    // Made once: the grammar asks of every word, and two delegates a word were a tenth of the analysis's allocation.
    private readonly Func<string, bool> isBase;
    private readonly Func<string, bool> isWord;

    private HunspellHandle(IntPtr handle)
    {
        this.handle = handle;
        isBase = IsBase;
        isWord = IsWord;
    }

    /// <summary>A handle on <c>dictionary.aff</c> and <c>.dic</c>, or null when libhunspell cannot read them.</summary>
    public static HunspellHandle? Open(string dictionary) =>
        Create(dictionary + ".aff", dictionary + ".dic") is var handle && handle != IntPtr.Zero ? new HunspellHandle(handle) : null;

    /// <summary>The base forms of <paramref name="word"/>: Hunspell's stems, completed by the grammar (<see cref="SwedishParadigms"/>).</summary>
    public List<string> Bases(string word)
    {
        ObjectDisposedException.ThrowIf(handle == IntPtr.Zero, this);
        return SwedishParadigms.Complete(word, [.. Stems(word)], isBase, isWord);
    }

    private bool IsBase(string word) => Array.IndexOf(Stems(word), word) >= 0;

    private string[] Stems(string word)
    {
        if (!stemsOf.TryGetValue(word, out var known))
        {
            known = NativeStems(word);
            stemsOf[word] = known;
        }

        return known;
    }

    private bool IsWord(string word)
    {
        if (!spells.TryGetValue(word, out var known))
        {
            known = Spell(handle, word) != 0;
            spells[word] = known;
        }

        return known;
    }

    private string[] NativeStems(string word)
    {
        var stems = new List<string>(2);
        var count = Stem(handle, out var list, word);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var stem = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(list, i * IntPtr.Size))?.ToLowerInvariant();
                if (!string.IsNullOrEmpty(stem) && !stems.Contains(stem))
                {
                    stems.Add(stem);
                }
            }
        }
        finally
        {
            if (list != IntPtr.Zero)
            {
                FreeList(handle, ref list, count);
            }
        }

        return [.. stems];
    }

    public void Dispose()
    {
        if (handle != IntPtr.Zero)
        {
            Destroy(handle);
            handle = IntPtr.Zero;
        }
    }

    [LibraryImport(Library, EntryPoint = "Hunspell_create", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Create(string affPath, string dicPath);

    [LibraryImport(Library, EntryPoint = "Hunspell_stem", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stem(IntPtr handle, out IntPtr list, string word);

    [LibraryImport(Library, EntryPoint = "Hunspell_spell", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Spell(IntPtr handle, string word);

    [LibraryImport(Library, EntryPoint = "Hunspell_free_list")]
    private static partial void FreeList(IntPtr handle, ref IntPtr list, int count);

    [LibraryImport(Library, EntryPoint = "Hunspell_destroy")]
    private static partial void Destroy(IntPtr handle);
}
