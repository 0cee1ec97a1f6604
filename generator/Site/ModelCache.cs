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
    // What is remembered of a decision instance, in one entry: serve looks up each of 20,000
    // decisions in every pass that remembers something of it, and each look-up and each memo's
    // sweep after an edit is a walk over memory that no cache holds.
    private BuildMemo<Decision, Remembered> decisions = new(ReferenceEqualityComparer.Instance);
    private BuildMemo<string, string> slugs = new(StringComparer.Ordinal);
    private BuildMemo<string, bool> attachmentCopies = new(StringComparer.Ordinal);
    private BuildMemo<(string Pass, Fingerprint Inputs), (object? Made, IReadOnlyList<Diagnostic> Reported)> reports = new(EqualityComparer<(string, Fingerprint)>.Default);
    private BuildMemo<FilesChecked, IReadOnlyList<Diagnostic>> reportsOfFiles = new(EqualityComparer<FilesChecked>.Default);

    // The languages' listings and council records of the last build, by its inputs, with the pages they were made of in the model's order.
    private (Fingerprint Inputs, DecisionPage[] Pages, IReadOnlyList<(LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)> Parts)? structure;

    public void Clear()
    {
        structure = null;
        decisions = new(ReferenceEqualityComparer.Instance);
        slugs = new(StringComparer.Ordinal);
        attachmentCopies = new(StringComparer.Ordinal);
        reports = new(EqualityComparer<(string, Fingerprint)>.Default);
        reportsOfFiles = new(EqualityComparer<FilesChecked>.Default);
        Last = null;
    }

    /// <summary>A new build begins: what the last one did not use is forgotten.</summary>
    internal void NextBuild()
    {
        decisions.NextBuild();
        slugs.NextBuild();
        attachmentCopies.NextBuild();
        reports.NextBuild();
        reportsOfFiles.NextBuild();
    }

    /// <summary>
    /// Runs <paramref name="check"/>, a check that only reports and reads nothing but what
    /// <paramref name="inputs"/> fingerprints (Incremental/ModelInputs.cs: site.yml, the
    /// meetings, the register and every decision's fields but its body), or gives again what it
    /// reported on the same inputs in the last build: an edit of a body cannot change it, and a
    /// pass over 20,000 decisions after each such edit is not needed. Without inputs it just runs.
    /// A build with an empty cache runs every check, as the first build of serve does.
    /// </summary>
    internal void Report(string name, Fingerprint? inputs, DiagnosticBag diagnostics, Action<DiagnosticBag> check) =>
        Remember<object?>(name, inputs, diagnostics, bag =>
        {
            check(bag);
            return null;
        });

    /// <summary>
    /// As <see cref="Report"/>, for a pass that makes something too: what it made and reported on
    /// the same inputs in the last build, or what it makes and reports now.
    /// </summary>
    internal T Remember<T>(string name, Fingerprint? inputs, DiagnosticBag diagnostics, Func<DiagnosticBag, T> pass)
    {
        if (inputs is not { } key)
        {
            return pass(diagnostics);
        }

        var (made, reported) = reports.GetOrAdd((name, key), _ =>
        {
            var own = new DiagnosticBag();
            var made = pass(own);
            return (made, own.ToSortedList());
        });
        diagnostics.AddRange(reported);
        return (T)made!;
    }

    /// <summary>
    /// The languages' listings and council records: <paramref name="build"/>'s, or the last build's
    /// when it had the same <paramref name="inputs"/> (Incremental/ModelInputs.cs: everything but the
    /// bodies) and each page of <paramref name="pages"/> stands where the last build's stood with the
    /// same address and translations. They read nothing of a page but its decision's fields, its
    /// address and translations, so an edit of a text changes only which page instance stands at a
    /// place, and that one is put in (<see cref="PageSwap"/>). Without inputs it just builds; a build
    /// with an empty cache builds, as the first build of serve does.
    /// </summary>
    internal IReadOnlyList<(LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)> Structure(
        Fingerprint? inputs,
        IReadOnlyList<DecisionPage> pages,
        Func<IReadOnlyList<(LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)>> build)
    {
        var parts = inputs is { } key && structure is { } last && last.Inputs == key && PageSwap.Between(last.Pages, pages) is { } swap
            ? swap.Parts(last.Parts)
            : build();
        structure = inputs is { } kept ? (kept, [.. pages], parts) : null;
        return parts;
    }

    private Remembered Of(Decision decision) => decisions.GetOrAdd(decision, _ => new Remembered());

    /// <summary>
    /// The page an earlier build made for this decision instance when it equals <paramref name="page"/>
    /// (address, translations, links), else <paramref name="page"/>, kept for the next build. An
    /// unchanged decision so keeps its page from build to build, and what is kept by page
    /// (serve's fingerprint of a page's place) is found again.
    /// </summary>
    internal DecisionPage Same(DecisionPage page)
    {
        var remembered = Of(page.Decision);
        if (remembered.Page is { } last && (ReferenceEquals(last, page) || Equal(last, page)))
        {
            return last;
        }

        remembered.Page = page;
        return page;
    }

    // Every field of DecisionPage but the decision (the key): a field added there must be compared here.
    private static bool Equal(DecisionPage a, DecisionPage b) =>
        a.Path == b.Path && SameMap(a.Translations, b.Translations) && SameMap(a.Links, b.Links);

    internal static bool SameMap(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
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

    /// <summary>
    /// Runs <paramref name="check"/> of a few files (the files of one key) that reads nothing but
    /// those files, or gives again what it reported of the same file instances in the last build:
    /// an unchanged file is the same instance, an edited one a new one, so after an edit only the
    /// edited file's group is checked again.
    /// </summary>
    internal void ReportOf(string name, IReadOnlyList<Decision> files, DiagnosticBag diagnostics, Action<DiagnosticBag> check) =>
        diagnostics.AddRange(reportsOfFiles.GetOrAdd(new FilesChecked(name, [.. files]), _ =>
        {
            var own = new DiagnosticBag();
            check(own);
            return own.ToSortedList();
        }));

    // A check's name and the file instances it read, in order, compared by instance.
    private readonly record struct FilesChecked(string Check, Decision[] Files)
    {
        public bool Equals(FilesChecked other) =>
            Check == other.Check && Files.AsSpan().SequenceEqual(other.Files, ReferenceEqualityComparer.Instance);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Check);
            foreach (var file in Files)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(file));
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>The model last built (serve marks its draft pages while rendering it).</summary>
    public SiteModel? Last { get; internal set; }

    /// <summary>Whether a decision's texts may mark personal data (the scan of its whole text is what is remembered).</summary>
    internal bool MayHavePersonalMarks(Decision decision, Func<Decision, bool> scan)
    {
        var remembered = Of(decision);
        if (remembered.Marks == Unknown)
        {
            remembered.Marks = scan(decision) ? Yes : No;
        }

        return remembered.Marks == Yes;
    }

    /// <summary>Whether an attachment's text holds marked words, by the file as it is now (path, size, time) and the words: a PDF is read once a serve session.</summary>
    internal bool AttachmentHolds(string key, Func<string, bool> read) =>
        attachmentCopies.GetOrAdd(key, read);

    /// <summary><see cref="Slugs.From"/> of a text of a decision (a diary number, a name).</summary>
    internal string Slug(string text) => slugs.GetOrAdd(text, Slugs.From);

    /// <summary>The links found in a decision's Markdown (Markdig's parse is the expensive part of them).</summary>
    internal IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>? LinksOf(
        Decision decision,
        Func<Decision, IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>?> find) =>
        (Of(decision).Links ??= new Links(find(decision))).Found;

    private sealed record Links(IReadOnlyList<(string Url, SourceLocation Location, bool IsImage, bool OnPage, bool Raw)>? Found);

    private const int Unknown = 0, No = 1, Yes = 2;

    // Each field is set by one pass only (links and marks from the decision alone, the page by the
    // one loop that keeps pages), so a pass that races another sets the same value; each field is
    // written whole (a reference, or Marks as an int: Unknown, No, Yes).
    private sealed class Remembered
    {
        public Links? Links { get; set; }

        public int Marks { get; set; }

        public DecisionPage? Page { get; set; }
    }
}
