using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// Finds which files are translations of each other (same path under another language folder,
/// or the same <c>key:</c>) and which files would collide on one URL.
/// </summary>
public static class TranslationPairing
{
    /// <summary>Each decision's page with its address and translations as <paramref name="places"/> gives them, in the same order.</summary>
    public static IReadOnlyList<DecisionPage> Pages(IReadOnlyList<Decision> decisions, Places places)
    {
        var pages = new DecisionPage[decisions.Count];
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i] = new DecisionPage(decisions[i], places.Addresses[i], places.Translations[i]);
        }

        return pages;
    }

    /// <summary>
    /// The address of each decision and of its translations, in the order of the decisions; what
    /// it reports (collisions, translations that disagree). It reads no body: serve keeps it
    /// while the model's inputs stand.
    /// </summary>
    public sealed record Places(string[] Addresses, IReadOnlyDictionary<string, string>[] Translations);

    public static Places Place(IReadOnlyList<Decision> decisions, SitePaths paths, DiagnosticBag diagnostics)
    {
        // Each address is made once, and the page and its translations' links share the string.
        // The groups by key are in order of first appearance, as a GroupBy would make them; both
        // in one pass over the decisions (20,000 at 10,000 a language), each key looked up once.
        var own = new string[decisions.Count];
        var byKey = new Dictionary<string, List<int>>(decisions.Count, StringComparer.Ordinal);
        var groupOf = new List<int>[decisions.Count];
        for (var i = 0; i < own.Length; i++)
        {
            var decision = decisions[i];
            own[i] = paths.Decision(decision.Language, decision.Date, decision.Slug);
            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, decision.Key, out _);
            group ??= new List<int>(2);
            group.Add(i);
            groupOf[i] = group;
        }

        var byAddress = new HashSet<string>(decisions.Count, StringComparer.Ordinal);
        if (!AllAdded(byAddress, own))
        {
            ReportDuplicates(decisions, d => paths.Decision(d.Language, d.Date, d.Slug), DiagnosticCodes.DuplicateSlug,
                (d, other) => MessageText.Of($"another decision has the same address ({other.File.Path}); rename one of the files"), diagnostics);
        }

        // Two files of one language with one key are two files of one group with one language.
        if (byKey.Values.Any(g => RepeatsLanguage(g, decisions)))
        {
            ReportDuplicates(decisions, d => $"{d.Language}\n{d.Key}", DiagnosticCodes.DuplicateTranslationKey,
                (d, other) => MessageText.Of($"key '{d.Key}' is also used by {other.File.Path}; each file of a language needs its own key"), diagnostics,
                d => d.LocationOf("key"));
        }

        foreach (var group in byKey.Values.Where(g => g.Count > 1))
        {
            WarnAboutMismatches(group, decisions, diagnostics);
        }

        var translationsOf = new IReadOnlyDictionary<string, string>[decisions.Count];
        for (var i = 0; i < translationsOf.Length; i++)
        {
            var d = decisions[i];
            var translations = new Dictionary<string, string>(groupOf[i].Count - 1, StringComparer.Ordinal);
            foreach (var j in groupOf[i])
            {
                // The first file of each other language is the translation.
                if (decisions[j].Language != d.Language)
                {
                    translations.TryAdd(decisions[j].Language, own[j]);
                }
            }

            translationsOf[i] = translations;
        }

        return new Places(own, translationsOf);
    }

    // Every address added, none twice (a loop: a LINQ query here was a delegate call for each of 20,000 pages).
    private static bool AllAdded(HashSet<string> addresses, string[] own)
    {
        var all = true;
        foreach (var address in own)
        {
            all &= addresses.Add(address);
        }

        return all;
    }

    private static bool RepeatsLanguage(List<int> group, IReadOnlyList<Decision> decisions)
    {
        for (var a = 1; a < group.Count; a++)
        {
            for (var b = 0; b < a; b++)
            {
                if (decisions[group[a]].Language == decisions[group[b]].Language)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void ReportDuplicates(
        IReadOnlyList<Decision> decisions,
        Func<Decision, string> identity,
        string code,
        Func<Decision, Decision, MessageText> message,
        DiagnosticBag diagnostics,
        Func<Decision, SourceLocation>? at = null)
    {
        foreach (var group in decisions.GroupBy(identity, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.OrderBy(d => d.File.Path, StringComparer.Ordinal).ToList();
            foreach (var d in files)
            {
                var other = files.First(o => !ReferenceEquals(o, d));
                diagnostics.Error(code, at?.Invoke(d) ?? d.File, message(d, other));
            }
        }
    }


    // A translation that disagrees on date, organ, diary number, §, meeting, votes or dissent is almost always a copy-paste slip in one of them.
    private static void WarnAboutMismatches(List<int> group, IReadOnlyList<Decision> decisions, DiagnosticBag diagnostics)
    {
        // The first of the first language (what a stable sort by language would put first).
        var first = group.Select(i => decisions[i]).MinBy(d => d.Language, StringComparer.Ordinal)!;

        foreach (var i in group)
        {
            var other = decisions[i];
            if (other.Language == first.Language)
            {
                continue;
            }

            if (other.Date != first.Date)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationDateDiffers, other.LocationOf("date"),
                    $"date {IsoDate.Format(other.Date)} differs from its translation {first.File.Path} ({IsoDate.Format(first.Date)})");
            }

            if (other.Body != first.Body)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationBodyDiffers, other.LocationOf("body"),
                    $"organ '{other.Body}' differs from its translation {first.File.Path} ('{first.Body}')");
            }

            // A file copied into the other language's folder and not yet translated.
            if (other.Title == first.Title && other.Proposal == first.Proposal)
            {
                diagnostics.Warning(DiagnosticCodes.TranslationUntranslated, other.LocationOf("title"),
                    $"the title and the proposal are word for word those of its translation {first.File.Path}: a copy not yet translated is published as the page in '{other.Language}'; translate it, or write 'draft: true' in it until it is");
            }

            foreach (var (field, value) in Shared)
            {
                var (mine, theirs) = (value(other), value(first));
                if (mine != theirs)
                {
                    var message = (mine, theirs) switch
                    {
                        (null, _) => MessageText.Of($"'{field}' is missing, but its translation {first.File.Path} has '{field}: {theirs}'; copy it here"),
                        (_, null) => MessageText.Of($"'{field}: {mine}' is not in its translation {first.File.Path}; add it there too, or remove it here"),
                        _ => MessageText.Of($"'{field}: {mine}' differs from its translation {first.File.Path} ('{theirs}'); the same decision has the same {field} in every language"),
                    };
                    diagnostics.Warning(DiagnosticCodes.TranslationFieldDiffers, other.LocationOf(field), message);
                }
            }
        }
    }

    // The facts of the minutes that are the same in every language (texts and names are translated,
    // but the number of a dissent's members is not), written as an editor would write them.
    private static readonly (string Field, Func<Decision, string?> Value)[] Shared =
    [
        ("dnro", d => d.Dnro?.Trim()),
        ("section", d => d.Section?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("meeting", d => d.Law.Meeting?.ToString()),
        // One page would say "not decided yet" or "rejected" and its translation what was decided.
        ("status", d => d.Law.Status is { } status ? DecisionStatuses.Id(status) : null),
        // A topic added in one language only lists the decision under it in that language alone.
        ("topics", d => d.Topics.Count > 0 ? string.Join(", ", d.Topics.Order(StringComparer.Ordinal)) : null),
        ("votes", d => d.Law.Votes is { } v ? string.Join(", ", v.Recorded().Select(side => $"{side.Count.Count} {side.Side}")) : null),
        // The number of dissents, not the names: a name may be marked as personal data, and a CI log outlives its appeal period.
        ("dissent", d => d.Law.Dissent.Count > 0 ? $"{d.Law.Dissent.Count} dissent(s)" : null),
    ];
}
