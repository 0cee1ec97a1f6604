using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// What the Model stage keeps between <c>serve</c>'s builds: work that depends on one decision
/// only, remembered for the decision instance (an unchanged file's parse is the same instance in
/// the next build, and a changed file is a new one). Entries go when a build no longer uses them.
/// </summary>
public sealed class ModelCache
{
    private BuildMemo<Decision, Links> links = new(ReferenceEqualityComparer.Instance);
    private BuildMemo<string, string> slugs = new(StringComparer.Ordinal);
    private BuildMemo<Decision, bool> marks = new(ReferenceEqualityComparer.Instance);
    private BuildMemo<Decision, DecisionPage> pages = new(ReferenceEqualityComparer.Instance);
    private BuildMemo<string, bool> attachmentCopies = new(StringComparer.Ordinal);

    public void Clear()
    {
        links = new(ReferenceEqualityComparer.Instance);
        slugs = new(StringComparer.Ordinal);
        marks = new(ReferenceEqualityComparer.Instance);
        pages = new(ReferenceEqualityComparer.Instance);
        attachmentCopies = new(StringComparer.Ordinal);
        Last = null;
    }

    /// <summary>A new build begins: what the last one did not use is forgotten.</summary>
    internal void NextBuild()
    {
        links.NextBuild();
        slugs.NextBuild();
        marks.NextBuild();
        pages.NextBuild();
        attachmentCopies.NextBuild();
    }

    /// <summary>
    /// The page an earlier build made for this decision instance when it equals <paramref name="page"/>
    /// (address, translations, links), else <paramref name="page"/>, kept for the next build. An
    /// unchanged decision so keeps its page from build to build, and what is kept by page
    /// (serve's fingerprint of a page's place) is found again.
    /// </summary>
    internal DecisionPage Same(DecisionPage page)
    {
        if (pages.TryGetValue(page.Decision, out var last) && (ReferenceEquals(last, page) || Equal(last, page)))
        {
            return last;
        }

        pages.Set(page.Decision, page);
        return page;
    }

    // Every field of DecisionPage but the decision (the key): a field added there must be compared here.
    private static bool Equal(DecisionPage a, DecisionPage b) =>
        a.Path == b.Path && SameMap(a.Translations, b.Translations) && SameMap(a.Links, b.Links);

    private static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b) || (a.Count == 0 && b.Count == 0))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        // Concrete dictionaries (nearly always) are walked without boxing an enumerator for each of 20,000 pages.
        if (a is Dictionary<string, string> concrete)
        {
            foreach (var (key, value) in concrete)
            {
                if (!b.TryGetValue(key, out var other) || other != value)
                {
                    return false;
                }
            }

            return true;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || other != value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The model last built (serve marks its draft pages while rendering it).</summary>
    public SiteModel? Last { get; internal set; }

    /// <summary>Whether a decision's texts may mark personal data (the scan of its whole text is what is remembered).</summary>
    internal bool MayHavePersonalMarks(Decision decision, Func<Decision, bool> scan) =>
        marks.GetOrAdd(decision, scan);

    /// <summary>Whether an attachment's text holds marked words, by the file as it is now (path, size, time) and the words: a PDF is read once a serve session.</summary>
    internal bool AttachmentHolds(string key, Func<string, bool> read) =>
        attachmentCopies.GetOrAdd(key, read);

    /// <summary><see cref="Slugs.From"/> of a text of a decision (a diary number, a name).</summary>
    internal string Slug(string text) => slugs.GetOrAdd(text, Slugs.From);

    /// <summary>The links found in a decision's Markdown (Markdig's parse is the expensive part of them).</summary>
    internal IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage)>? LinksOf(
        Decision decision,
        Func<Decision, IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage)>?> find) =>
        links.GetOrAdd(decision, d => new Links(find(d))).Found;

    private sealed record Links(IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage)>? Found);
}
