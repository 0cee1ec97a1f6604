using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// Where words marked as personal data stand unmarked in a text: the copy a mark does not cover
/// stays on the site after the last day. Words are compared as a reader of the page reads them
/// (<see cref="WordsAsRead"/>), each set of marked words by its key; what a file does with a copy
/// found is its checks' business (<see cref="TranslationNameMarks"/>, <see cref="AttachmentCopies"/>).
/// </summary>
internal static class UnmarkedCopies
{
    /// <summary>The keys of the words of every mark in the text.</summary>
    public static IEnumerable<string> MarkedIn(string text) =>
        PersonalDataMarks.Pattern().Matches(text).Select(m => WordsAsRead.Key(PersonalDataMarks.Words(m)));

    /// <summary>The keys of the names that are marks (a name of votes, dissent or attendees written '[[…]]{.personal}').</summary>
    public static HashSet<string> Marked(IEnumerable<string> names) =>
        names.Where(PersonalDataMarks.Has).Select(n => WordsAsRead.Key(PersonalDataMarks.Unmark(n))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Where the first of the marked words stands unmarked in the text, as written; -1 if none does.
    /// A name marked with capitals is found with its last word (the surname) inflected too, the
    /// words before it as marked: 'Maija Meikäläiselle' is [[Maija Meikäläinen]] (<see cref="SurnameForms"/>),
    /// in a Swedish text too, where Finnish phrases are copied, but for the Swedish names <see cref="SurnameForms.For"/> leaves out.
    /// </summary>
    public static int First(string text, HashSet<string> marked, string language, SurnameForms forms) =>
        FirstOf(text, marked, @"\s+", forms.For(language));

    /// <summary>
    /// Where a name marked with a capital (two to four words) first stands unmarked in the text with
    /// its words in another order, surname first as signatures and registers write it ('Hakija
    /// Pekka', 'Hakija, Pekka' for [[Pekka Hakija]]); -1 if nowhere. Only a copy whose every word
    /// begins with a capital, and that is not one of a run of capitalised words: 'Anna Mäki, Pekka
    /// Virtanen' is two people, 'Berg, sten och grus' no name, 'Mäki, Pekka Virtasen tie' an address;
    /// but a list of names each surname first, apart by commas ('Aho Anna, Hakija Pekka'), is read.
    /// </summary>
    public static int FirstInOtherOrder(string text, HashSet<string> marked)
    {
        var orders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in marked.Where(w => w.StartsWith(WordsAsRead.Capital)))
        {
            // The last word (the surname) first: 'Koski Anna Liisa' for [[Anna Liisa Koski]], not
            // 'Liisa Koski Anna', which is more often two people.
            var parts = words[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is >= 2 and <= 4)
            {
                orders.Add(WordsAsRead.Capital + string.Join(' ', parts[^1..].Concat(parts[..^1])));
            }
        }

        orders.ExceptWith(marked);
        return orders.Count == 0 ? -1 : FirstOf(text, orders, @",?[^\S\r\n]+", null, AloneAndCapitalised);
    }

    /// <summary>
    /// Where the surname of a name marked with a capital first stands unmarked in the text alone,
    /// inflected or not ('Meikäläisen hakemus', 'pyydetään Virtaselta' for [[Maija Meikäläinen]],
    /// [[Pekka Virtanen]]; a name marked as one word only inflected, its own copy being one
    /// <see cref="First(string, HashSet{string}, string, SurnameForms)"/> finds): -1 if nowhere. Only a word with its
    /// capital that no capitalised word stands right before or after on its line, nor a hyphen
    /// joins: 'Olli Virtanen' and 'Virtanen Olli' are another person of the name ('Esteellisenä
    /// Virtanen poistui' is not: a word inflected is no given name, <see cref="SurnameForms.MayBeName"/>;
    /// but the marked given name inflected as the surname is, whose copy <see cref="First(string, HashSet{string}, string, SurnameForms)"/> finds).
    /// </summary>
    public static int FirstSurnameAlone(string text, HashSet<string> marked, string language, SurnameForms forms)
    {
        forms = forms.For(language);
        var surnames = marked.Where(w => w.StartsWith(WordsAsRead.Capital))
            .Select(w => (Parts: w[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries), Words: w))
            .Where(n => n.Parts.Length is >= 1 and <= 4 && n.Parts[^1].Length >= SurnameForms.Shortest)
            .GroupBy(n => n.Parts[^1], StringComparer.Ordinal)
            .Select(g => (Surname: g.Key, MarkedAlone: g.Any(n => n.Parts.Length == 1), Given: g.Where(n => n.Parts.Length >= 2).Select(n => n.Parts[^2]).ToList()))
            .ToList();
        if (surnames.Count == 0)
        {
            return -1;
        }

        var unmarked = Unmarked(text);
        var (read, at) = WordsAsRead.Fold(unmarked);
        var first = -1;
        var told = new Dictionary<(string, string), bool>();
        int? copy = null;
        foreach (var (surname, markedAlone, given) in surnames)
        {
            if (!read.Contains(surname.AsSpan(0, SurnameForms.SharedStart), StringComparison.Ordinal))
            {
                continue;
            }

            var pattern = @"(?<![\p{L}\p{Nd}])" + Regex.Escape(surname[..SurnameForms.SharedStart]) + @"\p{L}*(?![\p{L}\p{Nd}])";
            foreach (Match match in Regex.Matches(read, pattern, RegexOptions.CultureInvariant))
            {
                var from = at[match.Index];
                var to = at[match.Index + match.Length - 1] + 1;
                if (first >= 0 && from >= first)
                {
                    break;
                }

                var same = match.Value == surname || match.Value == surname + "s";
                if (char.IsUpper(unmarked[from]) && !(same && markedAlone)
                    && (same || Told(unmarked[from..to], match.Value, surname))
                    && Alone(unmarked, from, to, forms, GivenAlike(unmarked[from..to], match.Value, surname, given))
                    && !InCopy(from))
                {
                    first = from;
                    break;
                }
            }
        }

        return first;

        // Whether the word at 'from' ends the text's first copy of a marked name, which DP0109 tells
        // (wrapped onto the next line, or after a hyphenated given name, it is not beside the given
        // name as Alone reads a line): the name told once. Sought only when a surname is found alone.
        bool InCopy(int from)
        {
            copy ??= FirstOf(text, marked, @"\s+", forms);
            return copy.Value >= 0 && copy.Value < from && NameRun(unmarked, copy.Value, from);
        }

        // A word written again and again is asked of the dictionary once.
        bool Told(string word, string asRead, string surname) =>
            told.TryGetValue((word, surname), out var isForm) ? isForm : told[(word, surname)] = forms.IsFormOf(word, asRead, surname);

        // Whether a word is one of the given names in a case of the surname's form: 'Maijalle' before 'Meikäläiselle'.
        Func<string, bool> GivenAlike(string written, string asRead, string surname, List<string> names) => word =>
        {
            var cases = forms.CasesOf(written, asRead, surname);
            var read = WordsAsRead.Fold(word).Text;
            return cases.Count > 0 && names.Any(name => forms.CasesOf(word, read, name).Overlaps(cases));
        };
    }

    // Whether [from, to) is a run of at most three words of a name, each with its capital, and the
    // blanks or hyphens between them: 'Maijalle\n', 'Anna-Liisalle '.
    private static bool NameRun(string written, int from, int to)
    {
        var words = written[from..to].Split([' ', '\t', '\r', '\n', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(char.IsLetter));
    }

    // No capitalised word that may be a name right before or after the word [from, to) on its
    // line (only blanks between), nor the marked given name inflected as it (<paramref name="givenAlike"/>),
    // and no hyphen joining it to another word.
    private static bool Alone(string written, int from, int to, SurnameForms forms, Func<string, bool>? givenAlike)
    {
        if (Hyphenated(written, from, to))
        {
            return false;
        }

        var beside = Neighbours.Of(written, from, to, c => c is ' ' or '\t');
        return !(beside.CapitalAfter(written, to) && forms.MayBeName(written[beside.After..beside.AfterEnd]))
            && !(beside.CapitalBefore(written, from) && written[beside.BeforeStart..(beside.Before + 1)] is var before
                && (forms.MayBeName(before) || givenAlike?.Invoke(before) == true));
    }

    // A hyphen joins the words [from, to) to another word ('Mäki-Koski', 'Anna-Liisa').
    private static bool Hyphenated(string written, int from, int to) =>
        (to + 1 < written.Length && written[to] == '-' && char.IsLetter(written[to + 1]))
        || (from >= 2 && written[from - 1] == '-' && char.IsLetter(written[from - 2]));

    // The words right beside [from, to) past what the gap skips: the one before ends at Before and
    // begins at BeforeStart, the one after begins at After and ends before AfterEnd.
    private readonly record struct Neighbours(int BeforeStart, int Before, int After, int AfterEnd)
    {
        public static Neighbours Of(string written, int from, int to, Func<char, bool> gap)
        {
            var after = to;
            while (after < written.Length && gap(written[after]))
            {
                after++;
            }

            var before = from - 1;
            while (before >= 0 && gap(written[before]))
            {
                before--;
            }

            var beforeStart = before;
            while (beforeStart > 0 && char.IsLetter(written[beforeStart - 1]))
            {
                beforeStart--;
            }

            var afterEnd = after;
            while (afterEnd < written.Length && char.IsLetter(written[afterEnd]))
            {
                afterEnd++;
            }

            return new(beforeStart, before, after, afterEnd);
        }

        // A word with its capital after a gap.
        public bool CapitalAfter(string written, int to) => After > to && After < written.Length && char.IsUpper(written[After]);

        public bool CapitalBefore(string written, int from) =>
            Before < from - 1 && Before >= 0 && char.IsLetter(written[Before]) && char.IsUpper(written[BeforeStart]);
    }

    // Inflected copies are found with <paramref name="forms"/> (in a Finnish text), or not at all (null).
    private static int FirstOf(string text, HashSet<string> marked, string between, SurnameForms? forms, Func<string, int, int, bool>? accept = null)
    {
        var unmarked = Unmarked(text);
        var asRead = WordsAsRead.Fold(unmarked);
        var places = marked.Select(words => Occurrence(unmarked, asRead.Text, asRead.At, words, between, forms, accept));
        if (asRead.Text.Contains('-', StringComparison.Ordinal))
        {
            // A hyphenated copy is read joined as well, and so are the marked words.
            var joined = WordsAsRead.Joined(asRead);
            places = places.Concat(marked.Select(words => Occurrence(unmarked, joined.Text, joined.At, WordsAsRead.Joined(words), between, forms, accept)));
        }

        if (unmarked.Contains('\u200B', StringComparison.Ordinal))
        {
            // 'Quor\u200Bvinen' shows as the name, though a line may break inside it: read both ways.
            var shown = WordsAsRead.Fold(unmarked, zeroWidthSpaceShowsNothing: true);
            places = places.Concat(marked.Select(words => Occurrence(unmarked, shown.Text, shown.At, words, between, forms, accept)));
        }

        return places.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
    }

    // Every word of the copy [from, to) begins with a capital, and no capitalised word stands
    // right before or after it on its line (only blanks or a comma between), nor a hyphen joined
    // to it ('Koski, Anna-Liisa' and 'Mäki-Koski Anna' are other people).
    private static bool AloneAndCapitalised(string written, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(written[i]) && (i == from || !char.IsLetter(written[i - 1])) && !char.IsUpper(written[i]))
            {
                return false;
            }
        }

        if (Hyphenated(written, from, to))
        {
            return false;
        }

        var beside = Neighbours.Of(written, from, to, IsGap);

        // Minutes list attendance surname first, the names apart by commas ('Meikäläinen Maija,
        // Virtanen Pekka'): a copy without a comma of its own may have a name beyond a comma. One
        // with a comma may not: 'Anna Meikäläinen, Maija Virtanen' is two people first name first.
        var listed = !written.AsSpan(from, to - from).Contains(',');
        bool Apart(int start, int end) => listed && written.AsSpan(start, end - start).Contains(',');
        return !(beside.CapitalAfter(written, to) && !Apart(to, beside.After))
            && !(beside.CapitalBefore(written, from) && !Apart(beside.Before + 1, from));

        static bool IsGap(char c) => c == ',' || (char.IsWhiteSpace(c) && c is not '\n' and not '\r');
    }

    // The marks blanked out with spaces, which end the words beside them.
    private static string Unmarked(string text) => PersonalDataMarks.Blanked(text, ' ');

    // Where the words (a key of WordsAsRead) stand in the text as read as words of their own (not
    // inside a longer word, but for the s of a Swedish genitive, 'Ahos', which is the name), any run
    // of white space between them as a mark's words may wrap; the place in the text as written, or
    // -1. Words marked with a capital are found only where the copy begins with one too; with
    // <paramref name="forms"/>, two or more of them also with the last one inflected, written with its
    // capital, the words before it as marked or each inflected in a case of the last ('Maijalle Meikäläiselle').
    private static int Occurrence(string written, string read, int[] at, string words, string between, SurnameForms? forms, Func<string, int, int, bool>? accept)
    {
        var capital = words.StartsWith(WordsAsRead.Capital);
        var parts = words.TrimStart(WordsAsRead.Capital).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // Most texts hold the words only inside their marks (blanked by now): no pattern to make for
        // them. A given name inflected ('Pekalta' of Pekka) begins as its name does, and the surname too.
        if (parts.Length == 0 || (!read.Contains(parts[0], StringComparison.Ordinal)
            && !(forms is not null && capital && parts.Length >= 2 && parts[^1].Length >= SurnameForms.Shortest
                && read.Contains(parts[0].AsSpan(0, Math.Min(parts[0].Length, SurnameForms.SharedStart)), StringComparison.Ordinal)
                && read.Contains(parts[^1].AsSpan(0, SurnameForms.SharedStart), StringComparison.Ordinal))))
        {
            return -1;
        }

        var pattern = @"(?<![\p{L}\p{Nd}])" + string.Join(between, parts.Select(Regex.Escape)) + @"s?(?![\p{L}\p{Nd}])";
        var first = -1;
        foreach (Match match in Regex.Matches(read, pattern, RegexOptions.CultureInvariant))
        {
            if (Copy(match.Index, match.Length))
            {
                first = at[match.Index];
                break;
            }
        }

        if (forms is null || !capital || parts.Length < 2 || parts[^1].Length < SurnameForms.Shortest)
        {
            return first;
        }

        var surname = parts[^1];
        var inflectedPattern = @"(?<![\p{L}\p{Nd}])" + string.Join(between, parts[..^1].Select(Regex.Escape)) + between
            + "(?<surname>" + Regex.Escape(surname[..SurnameForms.SharedStart]) + @"\p{L}*)(?![\p{L}\p{Nd}])";
        // A register's attachment writes the same words on many a line: each asked of the dictionary once.
        var told = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(read, inflectedPattern, RegexOptions.CultureInvariant))
        {
            var form = match.Groups["surname"];
            var from = at[form.Index];
            var to = at[form.Index + form.Length - 1] + 1;
            if (first >= 0 && at[match.Index] >= first)
            {
                break;
            }

            if (char.IsUpper(written[from]) && Copy(match.Index, match.Length) && Told(written[from..to], form.Value))
            {
                first = at[match.Index];
                break;
            }
        }

        // Each given name as marked or in a case of the surname's form, one of them inflected: a
        // relative ('Juhani Virtaselle' of Juha Virtanen, 'Maria Koskelle' of Mari Koski) is not.
        var alikePattern = @"(?<![\p{L}\p{Nd}])"
            + string.Join(between, parts[..^1].Select((part, i) => $"(?<g{i}>" + Regex.Escape(part[..Math.Min(part.Length, SurnameForms.SharedStart)]) + @"\p{L}*)"))
            + between + "(?<surname>" + Regex.Escape(surname[..SurnameForms.SharedStart]) + @"\p{L}*)(?![\p{L}\p{Nd}])";
        foreach (Match match in Regex.Matches(read, alikePattern, RegexOptions.CultureInvariant))
        {
            if (first >= 0 && at[match.Index] >= first)
            {
                break;
            }

            if (Copy(match.Index, match.Length) && Alike(match))
            {
                return at[match.Index];
            }
        }

        return first;

        bool Told(string word, string asRead) =>
            told.TryGetValue(word, out var isForm) ? isForm : told[word] = forms.IsFormOf(word, asRead, surname);

        // Whether the words of the match, each with its capital, are the marked ones inflected alike.
        bool Alike(Match match)
        {
            var form = match.Groups["surname"];
            var cases = Cases(form, surname);
            var inflectedAny = false;
            for (var i = 0; i < parts.Length - 1 && cases.Count > 0; i++)
            {
                var given = match.Groups["g" + i];
                if (!char.IsUpper(written[at[given.Index]]))
                {
                    return false;
                }

                if (given.Value != parts[i])
                {
                    inflectedAny = true;
                    cases.IntersectWith(Cases(given, parts[i]));
                }
            }

            return inflectedAny && cases.Count > 0;
        }

        HashSet<string> Cases(Group word, string name)
        {
            var from = at[word.Index];
            var to = at[word.Index + word.Length - 1] + 1;
            return char.IsUpper(written[from]) ? forms.CasesOf(written[from..to], word.Value, name) : [];
        }

        bool Copy(int index, int length)
        {
            var from = at[index];
            return (!capital || !char.IsLetter(written[from]) || char.IsUpper(written[from]))
                && (accept is null || accept(written, from, at[index + length - 1] + 1));
        }
    }
}
