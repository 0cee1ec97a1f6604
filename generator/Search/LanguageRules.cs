using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DecisionsPortal.Search;

/// <summary>
/// A language's stop words and Snowball stemmer, both Lucene.Net's (Analysis.Common 4.8), so the
/// index agrees with what Lucene users expect; the browser gets the stop words from the manifest
/// and a JavaScript port of the stemmers that a differential test keeps equal to these.
/// A language without a stemmer here is searched by its exact (folded) words.
/// </summary>
public sealed class LanguageRules
{
    private readonly Func<SnowballProgram>? stemmerFactory;

    private LanguageRules(string language, IReadOnlyList<string> stopWords, Func<SnowballProgram>? stemmerFactory)
    {
        Language = language;
        StopWords = stopWords;
        this.stemmerFactory = stemmerFactory;
    }

    public string Language { get; }

    /// <summary>Ordinally sorted, lower case.</summary>
    public IReadOnlyList<string> StopWords { get; }

    public bool HasStemmer => stemmerFactory is not null;

    public static LanguageRules For(string language) => language switch
    {
        "fi" => new(language, SnowballStopWords("finnish"), () => new FinnishStemmer()),
        "sv" => new(language, SnowballStopWords("swedish"), () => new SwedishStemmer()),
        "en" => new(language, EnglishStopWords, () => new EnglishStemmer()),
        _ => new(language, [], null),
    };

    /// <summary>A stemming function for one thread: Lucene's Snowball programs keep state.</summary>
    public Func<string, string> CreateStemmer()
    {
        var stem = CreateSpanStemmer();
        return word => stem(word).ToString();
    }

    /// <summary>
    /// The same, stemming in a buffer of its own, no string made: the stem is valid until the next
    /// call. Most stems are folded into a string of their own anyway (<see cref="Folding"/>).
    /// </summary>
    public SpanStemmer CreateSpanStemmer()
    {
        if (stemmerFactory is null)
        {
            return word => word;
        }

        var program = stemmerFactory();
        var buffer = new char[64];
        return word =>
        {
            if (word.Length > buffer.Length)
            {
                buffer = new char[word.Length * 2];
            }

            // The program stems in the buffer it is given, or in a larger one of its own where a step lengthens the word.
            word.CopyTo(buffer);
            program.SetCurrent(buffer, word.Length);
            program.Stem();
            return program.CurrentBuffer.AsSpan(0, program.CurrentBufferLength);
        };
    }

    // Lucene's EnglishAnalyzer.DefaultStopSet (StopAnalyzer.ENGLISH_STOP_WORDS_SET).
    private static readonly string[] EnglishStopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    /// <summary>
    /// The lists behind FinnishAnalyzer/SwedishAnalyzer.DefaultStopSet, read from Lucene's own
    /// resources in Snowball's format ('|' starts a comment). Reading them directly avoids
    /// Lucene's CharArraySet, whose static set-up needs Microsoft.Extensions.Configuration.
    /// </summary>
    private static string[] SnowballStopWords(string name)
    {
        var assembly = typeof(FinnishStemmer).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Lucene.Net.Analysis.Common.Analysis.Snowball.{name}_stop.txt")
            ?? throw new InvalidOperationException($"Lucene's {name} stop words are missing");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var bar = line.IndexOf('|');
            foreach (var word in (bar >= 0 ? line[..bar] : line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToArray();
    }
}
