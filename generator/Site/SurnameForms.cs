using DecisionsPortal.Search;
using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Site;

/// <summary>
/// Whether a word of a text is a form of a marked surname: Finnish inflects a name where the
/// sentence needs it ('Meikäläiselle', 'Virtaselta', 'Kosken' of Meikäläinen, Virtanen, Koski).
/// The search's own analysis answers: libvoikko's base forms for a word it knows (most Finnish
/// surnames; gradation too, 'Pellolle' of Pelto), else the Snowball stem by which the search
/// indexes a word it does not, with the one alternation of Finnish names Snowball does not reach:
/// a name in -nen builds its other forms on -s- ('Quorvinen', 'Quorviselle').
/// </summary>
internal static class SurnameForms
{
    /// <summary>The letters a form shares with its surname from the start, at least: Salo, Salolla; Pelto, Pellolle; Lampi, Lammelle.</summary>
    public const int SharedStart = 3;

    private static readonly LanguageRules Finnish = LanguageRules.For("fi");

    /// <summary>
    /// Whether <paramref name="written"/> (a word of the text as written) is a form of
    /// <paramref name="surname"/> (the marked word as read, <see cref="WordsAsRead.Key"/>), other
    /// than the word itself; <paramref name="read"/> is the word as read.
    /// </summary>
    public static bool IsFormOf(string written, string read, string surname)
    {
        if (surname.Length < SharedStart || !read.StartsWith(surname.AsSpan(0, SharedStart), StringComparison.Ordinal))
        {
            return false;
        }

        // The dictionary is asked of the word as written, its letters in small ones: it knows 'mäkelältä', not 'makelalta'.
        var word = string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));
        var forms = BaseFormSources.For("fi")?.Analyse(word) ?? WordForms.Unknown;
        if (forms.Known)
        {
            return forms.Bases.Any(b => WordsAsRead.Key(b) == surname);
        }

        var stem = Finnish.CreateStemmer();
        var stemmed = stem(read);
        return stemmed == stem(surname) || (surname.EndsWith("nen", StringComparison.Ordinal) && stemmed == stem(surname[..^3] + "sen"));
    }

    /// <summary>
    /// Whether a capitalised word beside a surname may be a given name, another person's ('Olli
    /// Virtanen'): not one the dictionary reads only as an inflected form of another word, as a
    /// sentence may begin ('Esteellisenä Virtanen poistui'); a name beside a surname is in its base form.
    /// </summary>
    public static bool MayBeName(string written)
    {
        var word = string.Concat(written.Where(char.IsLetter).Select(char.ToLowerInvariant));
        var forms = BaseFormSources.For("fi")?.Analyse(word) ?? WordForms.Unknown;
        return !forms.Known || forms.Bases.Contains(word, StringComparer.Ordinal);
    }
}
