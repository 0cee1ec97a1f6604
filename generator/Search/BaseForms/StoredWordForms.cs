using System.IO.Hashing;
using System.Runtime.CompilerServices;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// A dictionary's answers, asked once a word for the whole build (both indexes ask for the words
/// of a decision not yet translated) and kept from one run to the next (<see cref="UserCache"/>):
/// asking libvoikko and Hunspell about every distinct word is much of a small site's build, and
/// their answer for a word never changes while their files and the generator stay the same. The
/// store's name hashes both, so another dictionary or generator makes a store of its own. A save
/// keeps the words this run used, so a store holds one site's vocabulary, not every word it ever had.
/// </summary>
public sealed class StoredWordForms : IBaseFormSource
{
    public const string FolderName = "word-forms";

    private const string Header = "word-forms 1";
    private const string Footer = "end";
    private const char Field = '\t';
    private const char Item = '\u001f';

    // Far above a city's vocabulary (a line is a few tens of bytes).
    private const long MaxBytes = 64L * 1024 * 1024;

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create([Field, Item, '\n', '\r']);

    // Read back as written: an answer that would not survive the trip is not kept.
    private static readonly UTF8Encoding Strict = new(false, true);

    // A dictionary is opened once a process (BaseFormSources) and answers as its files were then,
    // so its store's name is made once with it: hashing megabytes of dictionary files at every
    // build was much of a small site's build in a process that builds many sites (the tests).
    private static readonly ConditionalWeakTable<IBaseFormSource, ConcurrentDictionary<string, string>> Names = new();

    private readonly IBaseFormSource dictionary;
    private readonly string? file;

    // The store as read: one line an answer, in the ordinal order of its words, found by binary
    // search and made into an answer only when asked for, so that a large store costs one string.
    private readonly string kept;
    private readonly int[] lines;
    private readonly bool[] used;

    // The answers not in the store, asked of the dictionary by this run.
    private readonly ConcurrentDictionary<string, WordForms> fresh = new(StringComparer.Ordinal);
    private int unsaved;

    private StoredWordForms(IBaseFormSource dictionary, string? file, string kept, int[] lines)
    {
        this.dictionary = dictionary;
        this.file = file;
        this.kept = kept;
        this.lines = lines;
        used = new bool[lines.Length];
    }

    public IReadOnlyList<string>? Files => dictionary.Files;

    /// <summary>The answers of <paramref name="dictionary"/>, with those a store in <paramref name="cacheFolder"/> kept (none when null).</summary>
    public static StoredWordForms Over(IBaseFormSource dictionary, string language, string? cacheFolder)
    {
        var file = cacheFolder is not null && UserCache.Folder(cacheFolder, FolderName) is { } folder && Name(dictionary, language) is { } name
            ? Path.Combine(folder, name + ".tsv")
            : null;
        var (kept, lines) = (file is null ? null : Load(file)) ?? ("", []);
        return new StoredWordForms(dictionary, file, kept, lines);
    }

    public WordForms Analyse(string word)
    {
        // A number is its own answer, made without the dictionary's help.
        if (WordForms.OfNumber(word, false) is not null)
        {
            return dictionary.Analyse(word);
        }

        if (Find(word) is var line and >= 0)
        {
            used[line] = true;
            return Forms(Line(line));
        }

        if (fresh.TryGetValue(word, out var known))
        {
            return known;
        }

        var forms = dictionary.Analyse(word);
        if (fresh.TryAdd(word, forms))
        {
            Interlocked.Increment(ref unsaved);
        }

        return forms;
    }

    /// <summary>Keeps the answers this run used for the next run, if the dictionary was asked anything since the last save.</summary>
    public void Save()
    {
        if (file is null || Interlocked.Exchange(ref unsaved, 0) == 0)
        {
            return;
        }

        // The stored answers this run used and its new ones, merged in order.
        var words = new List<string>(fresh.Count);
        foreach (var (word, _) in fresh)
        {
            if (Storable(word))
            {
                words.Add(word);
            }
        }

        words.Sort(StringComparer.Ordinal);
        UserCache.Write(file, stream =>
        {
            using var text = new StreamWriter(stream, Strict);
            text.Write(Header + "\n");
            var line = 0;
            foreach (var word in words)
            {
                for (; line < lines.Length && Word(Line(line)).SequenceCompareTo(word) < 0; line++)
                {
                    WriteUsed(text, line);
                }

                var forms = fresh[word];
                text.Write(word);
                WriteField(text, forms.Bases);
                WriteField(text, forms.Meant);
                WriteField(text, forms.Parts);
                text.Write(Field);
                text.Write(forms.PartsKnown ? "1\n" : "0\n");
            }

            for (; line < lines.Length; line++)
            {
                WriteUsed(text, line);
            }

            text.Write(Footer + "\n");
        });
    }

    private void WriteUsed(StreamWriter text, int line)
    {
        if (used[line])
        {
            text.Write(Line(line));
            text.Write('\n');
        }
    }

    // Written at the end of a build, when the heap is fullest: item by item, without a string a line.
    private static void WriteField(StreamWriter text, IReadOnlyList<string> items)
    {
        text.Write(Field);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Write(Item);
            }

            text.Write(items[i]);
        }
    }

    // An answer is kept only if it reads back the same: no empty value, none holding a separator.
    private bool Storable(string word)
    {
        var forms = fresh[word];
        return Plain(word) && AllPlain(forms.Bases) && AllPlain(forms.Meant) && AllPlain(forms.Parts);

        static bool AllPlain(IReadOnlyList<string> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (!Plain(values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        static bool Plain(string value) => value.Length > 0 && value.AsSpan().IndexOfAny(Separators) < 0;
    }

    private int Find(string word)
    {
        int low = 0, high = lines.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Word(Line(middle)).SequenceCompareTo(word);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> line) => line[..line.IndexOf(Field)];

    private ReadOnlySpan<char> Line(int i) => kept.AsSpan(lines[i], kept.IndexOf('\n', lines[i]) - lines[i]);

    // The store's name: the generator's own build (its module id changes with its code), the
    // language, and the bytes of the dictionary's files.
    private static string? Name(IBaseFormSource dictionary, string language)
    {
        var names = Names.GetValue(dictionary, _ => new(StringComparer.Ordinal));
        if (names.TryGetValue(language, out var named))
        {
            return named;
        }

        // A name that could not be made (a file unreadable now) is tried again by the next build.
        if (Hashed(dictionary, language) is { } name)
        {
            names[language] = name;
            return name;
        }

        return null;
    }

    private static string? Hashed(IBaseFormSource dictionary, string language)
    {
        if (dictionary.Files is not { Count: > 0 } files)
        {
            return null;
        }

        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes($"{typeof(StoredWordForms).Assembly.ManifestModule.ModuleVersionId}\n{language}\n"));
        try
        {
            foreach (var path in files)
            {
                hash.Append(Encoding.UTF8.GetBytes(path + "\n"));
                using var bytes = File.OpenRead(path);
                var content = new XxHash128();
                content.Append(bytes);
                hash.Append(content.GetCurrentHash());
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    // A store that is not whole (another version's, cut short, edited out of order) is ignored, not half read.
    private static (string Text, int[] Lines)? Load(string file)
    {
        try
        {
            if (UserCache.Read(file, MaxBytes) is not { } bytes)
            {
                return null;
            }

            UserCache.Touch(file);
            var text = Strict.GetString(bytes);
            if (!text.StartsWith(Header + "\n", StringComparison.Ordinal) || !text.EndsWith("\n" + Footer + "\n", StringComparison.Ordinal))
            {
                return null;
            }

            var lines = new List<int>();
            var previous = ReadOnlySpan<char>.Empty;
            var end = text.Length - Footer.Length - 1;
            for (var start = Header.Length + 1; start < end; start = text.IndexOf('\n', start) + 1)
            {
                var line = text.AsSpan(start, text.IndexOf('\n', start) - start);
                var word = line[..Math.Max(0, line.IndexOf(Field))];
                if (word.IsEmpty || line.Count(Field) != 4 || line[^2] != Field || line[^1] is not ('0' or '1') || (lines.Count > 0 && previous.SequenceCompareTo(word) >= 0))
                {
                    return null;
                }

                lines.Add(start);
                previous = word;
            }

            return (text, lines.ToArray());
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static WordForms Forms(ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[5];
        line.Split(fields, Field);
        var bases = Items(line[fields[1]]);
        var meant = line[fields[2]].SequenceEqual(line[fields[1]]) ? bases : Items(line[fields[2]]);
        var forms = new WordForms(bases, meant, Items(line[fields[3]]), line[fields[4]] is "1");
        return bases.Length == 0 && meant.Length == 0 && forms.Parts.Count == 0 && !forms.PartsKnown ? WordForms.Unknown : forms;
    }

    private static string[] Items(ReadOnlySpan<char> field) => field.IsEmpty ? [] : field.ToString().Split(Item);
}
