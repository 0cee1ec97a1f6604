using System.Runtime.CompilerServices;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// What the Model stage keeps between <c>serve</c>'s builds: work that depends on one decision
/// only, remembered for the decision instance (an unchanged file's parse is the same instance in
/// the next build, and a changed file is a new one). Entries go when their decisions do.
/// </summary>
public sealed class ModelCache
{
    private ConditionalWeakTable<Decision, Links> links = new();
    private ConditionalWeakTable<string, string> slugs = new();
    private ConditionalWeakTable<Decision, object> marks = new();

    public void Clear()
    {
        links = new();
        slugs = new();
        marks = new();
        Last = null;
    }

    /// <summary>The model last built (serve marks its draft pages while rendering it).</summary>
    public SiteModel? Last { get; internal set; }

    /// <summary>Whether a decision's texts may mark personal data (the scan of its whole text is what is remembered).</summary>
    internal bool MayHavePersonalMarks(Decision decision, Func<Decision, bool> scan) =>
        (bool)marks.GetValue(decision, d => scan(d));

    /// <summary>
    /// <see cref="Slugs.From"/> of a text of a decision (a diary number, a name), remembered for
    /// that string instance, which an unchanged decision keeps from build to build.
    /// </summary>
    internal string Slug(string text) => slugs.GetValue(text, Slugs.From);

    /// <summary>The links found in a decision's Markdown (Markdig's parse is the expensive part of them).</summary>
    internal IReadOnlyList<(string Url, SourceLocation Location)>? LinksOf(
        Decision decision,
        Func<Decision, IReadOnlyList<(string Url, SourceLocation Location)>?> find) =>
        links.GetValue(decision, d => new Links(find(d))).Found;

    private sealed record Links(IReadOnlyList<(string Url, SourceLocation Location)>? Found);
}
