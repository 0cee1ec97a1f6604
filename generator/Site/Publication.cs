using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Law;

namespace DecisionsPortal.Site;

/// <summary>
/// What of a decision may be published: the one place that decides it, before any producer
/// runs. The Model stage makes its pages only from what <see cref="Of(Decision, string?, AppealPeriod?, SiteConfig, List{PersonalDataExpiry}, DiagnosticBag, ModelCache)"/>
/// returns, so every output (pages, listings, person pages, feeds, open data, sitemap, search
/// index, case, meeting and calendar pages, JSON-LD) reads the same filtered record, and a new
/// output cannot publish what the file says but the law does not allow.
/// <list type="bullet">
/// <item>A confidential decision publishes its title, organ, date, §, meeting number and dates
/// of update and withdrawal, whether it is still only on the agenda, and that it is confidential (the page's notice); nothing else. Its
/// record is made field by field from that list (<see cref="Confidential"/>), so a field added to
/// <see cref="Decision"/> stays unpublished until it is added there.</item>
/// <item>Personal data whose appeal period has ended by the build date is replaced by a
/// placeholder, in decisions and in meeting files (<see cref="PersonalDataRedaction"/>). Until
/// then a decision's data shows on its own page alone (<see cref="Decision.AsShownOnItsPage"/>): the
/// record every other output reads already has the placeholder.</item>
/// </list>
/// </summary>
public static class Publication
{
    /// <summary>Who prepared and presented a confidential decision: nobody that any output can name or list.</summary>
    public static readonly Person Hidden = new("", null);

    /// <summary>The decision as every output may show it.</summary>
    /// <param name="confidentialKey">For a confidential decision, the key it is published under (<see cref="ConfidentialKeys"/>).</param>
    internal static Decision Of(Decision loaded, string? confidentialKey, AppealPeriod? period, SiteConfig config, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics, ModelCache cache)
    {
        var shown = loaded.Law.Confidential ? Confidential(loaded, KeyOf(loaded, confidentialKey), diagnostics) : loaded;
        return PersonalDataRedaction.Redact(shown, config, period, expiries, diagnostics, cache);
    }

    /// <summary>The key <see cref="Of(Decision, string?, AppealPeriod?, SiteConfig, List{PersonalDataExpiry}, DiagnosticBag, ModelCache)"/> publishes a decision under.</summary>
    internal static string KeyOf(Decision loaded, string? confidentialKey) =>
        loaded.Law.Confidential ? confidentialKey ?? PublicKey(loaded) : loaded.Key;

    /// <summary>
    /// The attachments of a published decision (what <see cref="Of(Decision, string?, AppealPeriod?, SiteConfig, List{PersonalDataExpiry}, DiagnosticBag, ModelCache)"/>
    /// returned) whose text may be read into the search index: none of a confidential decision
    /// (it has none), none of a decision whose personal data has expired, and none of a decision
    /// whose 'personal:' names its attachments, even while they are published: an index shard is
    /// cached for ever under its hash, and the words of a file that must go when its appeal period
    /// ends would outlive it there. A file still published after the marks expired may hold the
    /// person's data in forms no check sees (a scan, an inflection), so search stops reading it then.
    /// </summary>
    public static IReadOnlyList<Attachment> SearchableAttachments(Decision published) =>
        published.Law.Confidential || published.PersonalDataRemoved || published.Law.Personal.Contains("attachments") ? [] : published.Attachments;

    /// <summary>A meeting file as every output may show it.</summary>
    /// <param name="minutesPublic">The earliest day its meeting's files say the minutes went public, from which its marks expire in every language.</param>
    internal static Meeting Of(Meeting file, DateOnly? minutesPublic, SiteConfig config, List<PersonalDataExpiry> expiries, DiagnosticBag diagnostics) =>
        PersonalDataRedaction.RedactMeeting(file, minutesPublic, config, expiries, diagnostics);

    /// <summary>
    /// The key each confidential file is published under. The key written in the file (or its
    /// path) may say what the page must not, and it is in the open data and the Atom ids; but
    /// translations are paired by key. So every confidential file of one key gets the same public
    /// key, made of the address of the first of them (language, year, file name), which its page
    /// shows anyway. A file of that key that is not confidential would publish what its
    /// translation hides: an error, on that file.
    /// </summary>
    internal static IReadOnlyDictionary<Decision, string> ConfidentialKeys(IReadOnlyList<Decision> loaded, SiteConfig config, DiagnosticBag diagnostics)
    {
        var keys = new Dictionary<Decision, string>(ReferenceEqualityComparer.Instance);
        var secret = loaded.Where(d => d.Law.Confidential).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        if (secret.Count == 0)
        {
            return keys;
        }

        var rank = config.Languages.Select((language, i) => (language, i)).ToDictionary(x => x.language, x => x.i, StringComparer.Ordinal);
        var byPublicKey = new Dictionary<string, Decision>(StringComparer.Ordinal);
        foreach (var group in loaded.Where(d => secret.Contains(d.Key)).GroupBy(d => d.Key, StringComparer.Ordinal))
        {
            var confidential = group.Where(d => d.Law.Confidential)
                .OrderBy(d => rank.GetValueOrDefault(d.Language, int.MaxValue))
                .ThenBy(d => d.File.Path, StringComparer.Ordinal)
                .ToList();
            var first = confidential[0];
            var key = PublicKey(first);
            byPublicKey.TryAdd(key, first);
            foreach (var d in confidential)
            {
                keys[d] = key;
            }

            foreach (var open in group.Where(d => !d.Law.Confidential).OrderBy(d => d.File.Path, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ConfidentialTranslationPublic, open.File,
                    $"this file has the key of {first.File.Path}, which is confidential, and would publish what that file hides; add 'confidential: true' here too");
            }
        }

        // The key the open data shows for a confidential file pairs as any key does: a file that
        // writes it is that file's translation.
        foreach (var open in loaded.Where(d => !d.Law.Confidential && !secret.Contains(d.Key) && byPublicKey.ContainsKey(d.Key)).OrderBy(d => d.File.Path, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ConfidentialTranslationPublic, open.LocationOf("key"),
                $"this file's key is the one {byPublicKey[open.Key].File.Path}, which is confidential, is published under, so this file would be its translation and publish what it hides; add 'confidential: true' here too, and write that file's own key (its 'key:', or its path under its language folder)");
        }

        return keys;
    }

    // Made of what the page's own address shows.
    private static string PublicKey(Decision decision) =>
        $"{decision.Language}/{decision.Date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)}/{decision.Slug}";

    // Built field by field from what may be published, never by removing what may not.
    private static Decision Confidential(Decision d, string key, DiagnosticBag diagnostics)
    {
        if (d.Attachments.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ConfidentialAttachments, d.LocationOf("attachments"),
                "a confidential decision's attachments are never published; remove them from the file (and from the repository if they must stay secret)");
        }

        if (d.Aliases.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.ConfidentialAliases, d.LocationOf("aliases"),
                "a confidential decision's aliases are not published: its old addresses will not lead to it; remove them from the file");
        }

        var law = d.Law;
        return new Decision(
            d.Language,
            key,
            d.Slug,
            d.File,
            d.Title,
            d.Date,
            d.Body,
            d.Section,
            Dnro: null,
            Preparer: Hidden,
            Presenter: Hidden,
            Proposal: "",
            DecisionText: null,
            Topics: [],
            Attachments: [],
            d.Draft,
            Markdown: "",
            d.FieldLocations,
            new LegalFields(
                law.Meeting,
                // That it is not decided yet tells nothing of the matter, and it must never show as decided.
                Status: law.Status == DecisionStatus.Agenda ? DecisionStatus.Agenda : null,
                Votes: null,
                Dissent: [],
                law.Updated,
                Appeal: null,
                Confidential: true,
                Personal: law.Personal.Where(field => field == "title").ToList(),
                law.Withdrawn,
                law.WithdrawnOn));
    }
}
