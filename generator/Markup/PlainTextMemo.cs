namespace DecisionsPortal.Markup;

/// <summary>
/// Texts' plain words made once for one site model: a decision's proposal is indexed by search and
/// summarised by every feed the decision is in (3–4 feeds a decision), and each parsed it again.
/// Keyed by the text's string object (a decision's text is the same object for all its readers),
/// so a lookup costs no hash of the text; the words die with the model, after the build.
/// </summary>
public sealed class PlainTextMemo
{
    private readonly ConcurrentDictionary<string, string> texts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The same text as <see cref="PlainText.FromMarkdown"/>.</summary>
    public string Of(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : texts.GetOrAdd(markdown, PlainText.FromMarkdown);
}
