using DecisionsPortal.Search.BaseForms;

namespace DecisionsPortal.Search;

/// <summary>
/// A distinct word of one language as its <see cref="TextAnalyzer"/> caches it: the word, its
/// term (null for a stop word), and scratch fields that let one thread mark each word once per
/// document or per index build without a set or a dictionary look-up.
/// </summary>
internal sealed class IndexWord(string text, string? term, WordForms? forms = null)
{
    public string Text { get; } = text;

    public string? Term { get; } = term;

    /// <summary>The word's base forms and compound parts from its language's dictionary (<see cref="WordForms.Unknown"/> when it has none or does not know the word).</summary>
    public WordForms Forms { get; } = forms ?? WordForms.Unknown;

    /// <summary>The index build that last saw the word in its vocabulary (a compound's part must be one of these).</summary>
    public int InVocabulary { get; set; }

    /// <summary>The index build that resolved <see cref="TermId"/>, <see cref="PartIds"/> and <see cref="SurfaceId"/>.</summary>
    public int Resolved { get; set; }

    public int TermId { get; set; }

    public int[] PartIds { get; set; } = [];

    public int SurfaceId { get; set; }
}
