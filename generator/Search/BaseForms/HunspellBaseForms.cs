using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Swedish base forms from Hunspell's stemmer with Debian's hunspell-sv dictionary (libhunspell
/// through its C API; no .NET Hunspell library is served): "staden" → stad, "antalet" → antal.
/// Where the dictionary lists an inflected form as a word of its own, <see cref="SwedishParadigms"/>
/// links it to its base form. Hunspell does not split Swedish compounds, so the corpus-vocabulary splitter still does. A
/// handle is not thread-safe, so calls are serialised.
/// </summary>
public sealed partial class HunspellBaseForms : IBaseFormSource, IDisposable
{
    private const string Library = "libhunspell-1.7.so.0";

    private readonly Lock gate = new();

    // What the handle said of each word asked: the grammar's candidates (IsBase, IsWord) are often
    // words of the corpus that are analysed on their own too, and Hunspell's stem costs tens of microseconds.
    private readonly Dictionary<string, string[]> stemsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> spells = new(StringComparer.Ordinal);
    private IntPtr handle;

    // Made once: the grammar asks of every word, and two new delegates a word would be allocated for nothing.
    private readonly Func<string, bool> isBase;
    private readonly Func<string, bool> isWord;

    private readonly string dictionary;

    private bool disposed;

    private HunspellBaseForms(string dictionary)
    {
        this.dictionary = dictionary;
        isBase = IsBase;
        isWord = IsWord;
    }

    /// <summary>The source for a dictionary (<c>/usr/share/hunspell/sv_SE</c>), or null with the reason when libhunspell or the dictionary is missing.</summary>
    public static HunspellBaseForms? TryOpen(string dictionary, string package, out string? reason)
    {
        if (!File.Exists(dictionary + ".aff") || !File.Exists(dictionary + ".dic"))
        {
            reason = $"the Hunspell dictionary {dictionary}.dic is not installed (on Debian or Ubuntu: apt-get install {package})";
            return null;
        }

        // The dictionary is loaded when a word is first asked about, not here: a run that finds every
        // answer in its store (StoredWordForms) never loads it, which costs CPU and megabytes.
        if (!NativeLibrary.TryLoad(Library, typeof(HunspellBaseForms).Assembly, null, out _))
        {
            reason = $"libhunspell is not installed (on Debian or Ubuntu: apt-get install libhunspell-1.7-0 {package})";
            return null;
        }

        reason = null;
        return new HunspellBaseForms(dictionary);
    }

    public WordForms Analyse(string word)
    {
        if (WordForms.OfNumber(word, false) is { } number)
        {
            return number;
        }

        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (handle == IntPtr.Zero)
            {
                handle = Create(dictionary + ".aff", dictionary + ".dic");
                // Hunspell_create never answers null (it is C++'s new); a null would crash the next call.
                if (handle == IntPtr.Zero)
                {
                    throw new InvalidOperationException($"libhunspell could not open {dictionary}.dic");
                }
            }

            var bases = SwedishParadigms.Complete(word, [.. Stems(word)], isBase, isWord);
            return WordForms.Of(word, bases, [], false);
        }
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

    // Hunspell reads its dictionary rather than mapping it: its two files by name, its library as mapped.
    public IReadOnlyList<string>? Files =>
        MappedFiles.Containing("libhunspell") is { Count: > 0 } library ? [dictionary + ".aff", dictionary + ".dic", .. library] : null;

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            if (handle != IntPtr.Zero)
            {
                Destroy(handle);
                handle = IntPtr.Zero;
            }
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
