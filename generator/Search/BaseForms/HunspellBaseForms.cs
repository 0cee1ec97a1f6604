using System.Runtime.InteropServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Swedish base forms from Hunspell's stemmer with Debian's hunspell-sv dictionary (libhunspell
/// through its C API; no .NET Hunspell library is served): "staden" → stad, "antalet" → antal.
/// Where the dictionary lists an inflected form as a word of its own, <see cref="SwedishParadigms"/>
/// links it to its base form. Hunspell splits only the compounds it builds itself, not those the dictionary
/// lists whole (grundskola, detaljplan), so a known word's last part is found by the dictionary's compound
/// rules (<see cref="Tail"/>) and the corpus-vocabulary splitter still runs. A handle is not thread-safe, so calls are serialised.
/// </summary>
public sealed partial class HunspellBaseForms : IBaseFormSource, IDisposable
{
    private const string Library = "libhunspell-1.7.so.0";

    private readonly Lock gate = new();

    // What the handle said of each word asked: the grammar's candidates (IsBase, IsWord) are often
    // words of the corpus that are analysed on their own too, and Hunspell's stem costs tens of microseconds.
    private readonly Dictionary<string, string[]> stemsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> spells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> ends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> begins = new(StringComparer.Ordinal);
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
            return WordForms.Of(word, bases, bases.Count == 0 ? [] : Tail(word), false);
        }
    }

    // The shortest head and tail tried (lek|parken, sjuk|hus), so the shortest word split has six letters.
    private const int MinHead = 2;
    private const int MinTail = 3;
    private const int MinCompound = MinHead + MinTail + 1;

    // Heads up to this long are few (a few thousand in a city's vocabulary) and begin many words.
    private const int SharedHead = 3;

    // Words hunspell-sv lets begin a compound (flag X) and end one (flag Y), which no other word
    // joins in the dictionary's list: a split is tried as their compound with the head or the tail.
    private static readonly string[] BeginProbes = ["vatten", "detalj", "kommunal"];
    private static readonly string[] EndProbes = ["renovering", "avtal"];

    // Nouns that end compounds as the suffix of another word: ungdom, sjukdom, egendom are no kinds of
    // dom (a judgment), so a tail one of whose readings is one is no part (ungdomarna: domare, dom).
    private static readonly string[] Suffixes = ["dom"];

    /// <summary>
    /// The base forms of a compound's longest last part that is a noun, where the dictionary's own
    /// compound rules make the word of its head and that part: its flags say which words may begin
    /// a compound (grund, or in a linking form: stads, affärs) and which may end one (skola, plan,
    /// renovering), so "grundskolan" ends with skola and "förslaget" (förs is no head),
    /// "möjligheter" (möjlig) and "mottagliga" (liga ends none) end with nothing. A noun is a word
    /// with a definite form of its own (plan: planen); the adjectives and verbs that end compounds are
    /// mostly suffixes (värdefull, livlös, underlätta), and a verb part would make its verb's class again.
    /// </summary>
    private string[] Tail(string word)
    {
        if (word.Length is < MinCompound or > CompoundSplitter.MaxWord)
        {
            return [];
        }

        for (var i = MinHead; i <= word.Length - MinTail; i++)
        {
            // A head that begins no compound rules the split out before its tail is asked about
            // (each question is a dictionary look-up of tens of microseconds): a short head is
            // shared by many words, so it is asked first, once; a longer one only when already known.
            var head = word[..i];
            if (!(i <= SharedHead ? BeginsCompound(head) : begins.GetValueOrDefault(head, true)))
            {
                continue;
            }

            var tail = word[i..];
            if (Stems(tail) is { Length: > 0 } stems && EndsCompound(tail) && BeginsCompound(head))
            {
                return Nouns(stems);
            }
        }

        // hunspell-sv lists whole the compounds whose head is an adjective's neuter form (öppettid,
        // öppethållning) and lets that form begin none it builds, so the flags above find no head.
        for (var i = MinNeuter; i <= word.Length - MinTail; i++)
        {
            var tail = word[i..];
            if (word[i - 1] == 't' && Stems(tail) is { Length: > 0 } stems && (stems.Contains(tail) || !IsParticipleForm(tail))
                && EndsCompound(tail) && IsNeuter(word[..i]) && Stems(word[(i - 1)..]).Length == 0)
            {
                return Nouns(stems);
            }
        }

        return [];
    }

    // The shortest neuter head: "nytt", "fritt".
    private const int MinNeuter = 4;

    private string[] Nouns(string[] stems) => stems.Any(Suffixes.Contains) ? [] : [.. stems.Where(s => IsNoun(s) && !IsParticiple(s))];

    /// <summary>
    /// Whether <paramref name="head"/> is the neuter of an adjective that compares: öppet of öppen
    /// (öppnare), tätt of tät (tätare); not bort (of bo) or a word that is its own base form. The
    /// split one letter earlier must leave no word ("ren|tryck", not "rent|ryck": the caller asks).
    /// </summary>
    private bool IsNeuter(string head)
    {
        if (!IsWord(head))
        {
            return false;
        }

        var stems = Stems(head);
        if (Array.IndexOf(stems, head) >= 0)
        {
            return false;
        }

        foreach (var b in stems)
        {
            if ((b.EndsWith("en", StringComparison.Ordinal) && head == b[..^1] + "t" && IsWord(b[..^2] + "nare")) || (head == b + "t" && IsWord(b + "are")))
            {
                return true;
            }
        }

        return false;
    }

    // A participle after an adverb is no noun part: tätt|packad, svårt|startad, tätt|slutande.
    private static bool IsParticipleForm(string tail) => tail[^1] is 'd' or 't' || tail.EndsWith("ande", StringComparison.Ordinal) || tail.EndsWith("ende", StringComparison.Ordinal);

    private bool EndsCompound(string tail) => Cached(ends, tail, t => BeginProbes.Any(probe => HasLastPart(probe + t, t)));

    private bool BeginsCompound(string head) => Cached(begins, head, h => EndProbes.Any(probe => HasLastPart(h + probe, probe)));

    private static bool Cached(Dictionary<string, bool> answers, string key, Func<string, bool> ask)
    {
        if (!answers.TryGetValue(key, out var known))
        {
            known = ask(key);
            answers[key] = known;
        }

        return known;
    }

    // A participle's noun (ordförande, föredragande) is no part: Snowball cuts its -ande, so "förande" would join the words of föra and före.
    private static bool IsParticiple(string baseForm) => baseForm.EndsWith("ande", StringComparison.Ordinal) || baseForm.EndsWith("ende", StringComparison.Ordinal);

    private bool IsNoun(string baseForm)
    {
        string[] definite = baseForm[^1] is 'a' or 'e' or 'o' ? ["n", "t"] : ["en", "et"];
        return definite.Any(ending => IsWord(baseForm + ending) && Array.IndexOf(Stems(baseForm + ending), baseForm) >= 0);
    }

    /// <summary>Whether Hunspell builds <paramref name="word"/> as a compound of its own whose last part is <paramref name="part"/> (" pa:grund st:grund pa:avtalet st:avtal").</summary>
    private bool HasLastPart(string word, string part)
    {
        var found = false;
        var count = Analyze(handle, out var list, word);
        try
        {
            for (var i = 0; i < count && !found; i++)
            {
                var analysis = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(list, i * IntPtr.Size)) ?? "";
                var at = analysis.LastIndexOf(" pa:", StringComparison.Ordinal) + 4;
                var end = analysis.IndexOf(' ', Math.Max(at, 0));
                found = at >= 4 && analysis.AsSpan(at, (end < 0 ? analysis.Length : end) - at).SequenceEqual(part);
            }
        }
        finally
        {
            if (list != IntPtr.Zero)
            {
                FreeList(handle, ref list, count);
            }
        }

        return found;
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

    [LibraryImport(Library, EntryPoint = "Hunspell_analyze", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Analyze(IntPtr handle, out IntPtr list, string word);

    [LibraryImport(Library, EntryPoint = "Hunspell_spell", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Spell(IntPtr handle, string word);

    [LibraryImport(Library, EntryPoint = "Hunspell_free_list")]
    private static partial void FreeList(IntPtr handle, ref IntPtr list, int count);

    [LibraryImport(Library, EntryPoint = "Hunspell_destroy")]
    private static partial void Destroy(IntPtr handle);
}
