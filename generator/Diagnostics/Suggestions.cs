using DecisionsPortal.Shared;

namespace DecisionsPortal.Diagnostics;

/// <summary>"Did you mean" hints: the closest known name within a small edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var lowered = value.ToLowerInvariant();
        var best = candidates
            .Select(c => (Candidate: c, Distance: EditDistance(lowered, c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        var limit = value.Length <= 3 ? 1 : Math.Max(2, value.Length / 3);
        return best.Candidate is not null && best.Distance <= limit ? best.Candidate : null;
    }

    /// <summary>The hint as a message of its own, so it is put in the editor's language with the message it ends.</summary>
    public static MessageText DidYouMean(string value, IEnumerable<string> candidates)
    {
        if (Unseen(value) is { } unseen)
        {
            return unseen;
        }

        var list = candidates.ToList();
        if (Quoted(value, list) is { } quoted)
        {
            return quoted;
        }

        // 'ä' as one character or as 'a' and a combining mark (a Mac's or a zip file's names): the
        // same name to the eye, another to the computer, and no edit distance tells why.
        var decomposed = LatinMarks.Decomposed(value);
        if (list.FirstOrDefault(c => c != value && LatinMarks.Decomposed(c) == decomposed) is { } marks)
        {
            return MessageText.Format(SeparateMarks, marks);
        }

        return Closest(value, list) is { } closest ? MeantThis(closest)
            : list.Count is > 0 and <= 12 ? MessageText.Of($"; expected one of: {string.Join(", ", list.Order(StringComparer.Ordinal))}")
            : MessageText.Empty;
    }

    /// <summary>
    /// For a name that holds a character nobody sees or tells from a space — a byte-order mark
    /// where two files were pasted together, a zero-width space, a no-break space — that
    /// character, by name and code, and what to do; null when it has none. A name close to a
    /// known one only by such a character would otherwise be named with what looks like itself.
    /// </summary>
    public static MessageText? Unseen(string value)
    {
        var at = value.AsSpan().IndexOfAny(UnseenCharacters.InNames);
        if (at < 0)
        {
            return null;
        }

        var c = value[at];
        return at == 0 ? MessageText.Format(StartsWith, UnseenCharacters.Name(c), (int)c) : MessageText.Format(HasAfter, UnseenCharacters.Name(c), (int)c, value[..at]);
    }

    /// <summary>
    /// For a value typed between the quotes Word or a phone types ('body: ”kaupunginhallitus”'),
    /// which YAML keeps as part of the value, the quotes and the id meant by what is between them
    /// (the id itself, what <paramref name="meant"/> takes it for — a name the site shows, a
    /// Finnish word — or the closest id: '”kaupunginhalitus”'); null for a value not so quoted.
    /// This one message says all: the warning YAML's reading gave the same value is withdrawn with it.
    /// </summary>
    public static MessageText? Quoted(string value, IEnumerable<string> candidates, Func<string, string?>? meant = null)
    {
        if (TypographicQuotes.Inside(value)?.Trim() is not { Length: > 0 } inside)
        {
            return null;
        }

        var list = candidates.ToList();
        var quotes = $"{value[0]}…{value[^1]}";
        var id = list.FirstOrDefault(c => string.Equals(c, inside, StringComparison.OrdinalIgnoreCase)) ?? meant?.Invoke(inside) ?? Closest(inside, list);
        return id is not null ? MessageText.Format(QuotedId, quotes, id) : MessageText.Format(QuotedNoId, quotes, DidYouMean(inside, list));
    }

    private const string QuotedId = "; the quotes ({0}) around it, as Word types them, are part of the value: write it without them, '{1}'";

    private const string QuotedNoId = "; the quotes ({0}) around it, as Word types them, are part of the value{1}";

    private const string SeparateMarks = "; '{0}' looks the same, but one of the two is written with its accents as marks of their own (as a Mac or a zip file may write a name), which makes it another name: type the name again, here and in the file's name";

    private const string StartsWith = "; the name starts with {0} (U+{1:X4}), pasted with the text perhaps: delete it";

    private const string HasAfter = "; the name has {0} (U+{1:X4}) after '{2}', pasted with the text perhaps: delete it";

    public static MessageText MeantThis(string closest) => MessageText.Of($"; did you mean '{closest}'?");

    /// <summary>The field an unknown one was most likely meant as, by its name or by a Finnish or Swedish word for it; null when none is close.</summary>
    public static string? MeantField(string key, IEnumerable<string> fields, IReadOnlyDictionary<string, string> words) =>
        Closest(key, fields.Concat(words.Keys)) is { } closest ? words.GetValueOrDefault(closest, closest) : null;

    /// <summary>"; did you mean 'section'?" for an unknown field, matched against the field names and their Finnish and Swedish words.</summary>
    public static MessageText DidYouMeanField(string key, IReadOnlyCollection<string> fields, IReadOnlyDictionary<string, string> words) =>
        Unseen(key) ?? Quoted(key, fields, k => MeantField(k, fields, words)) ?? (MeantField(key, fields, words) is { } field ? MeantThis(field) : DidYouMean(key, fields));

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
