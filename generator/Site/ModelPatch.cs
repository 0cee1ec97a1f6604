using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Incremental;

namespace DecisionsPortal.Site;

/// <summary>
/// serve's shortcut for the commonest edit, a change of decisions' Markdown bodies and nothing
/// else: the last model is kept and only the edited decisions' pages are swapped in, instead of
/// pairing, ordering and listing 20,000 decisions again. The Model stage reads a body only for
/// its links and its personal-data marks, so the shortcut is taken only when everything else
/// is provably the same: site.yml (with the build date) and the meetings by their fingerprints,
/// every other decision the same instance, each edited decision equal in every field but its
/// body (<see cref="ModelHasher.Summary"/>), published as loaded (not confidential, nothing to
/// redact, before and after), linking to the same addresses, and no diagnostic of the last build
/// in its file. Anything else builds the whole model, as a one-off build does.
/// </summary>
internal static class ModelPatch
{
    // More edited decisions at once are rare (a branch switch); a whole build is then as cheap.
    private const int MaxChanged = 16;

    /// <summary>What the last whole or patched model was made from, and what it reported.</summary>
    internal sealed record Basis(Fingerprint Config, Fingerprint Meetings, IReadOnlyList<Decision> Loaded, SiteModel Model, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A model made from <see cref="From"/> by replacing <see cref="Pages"/> (old → new).</summary>
    internal sealed record Applied(SiteModel From, SiteModel Model, IReadOnlyDictionary<DecisionPage, DecisionPage> Pages);

    internal static (Fingerprint Config, Fingerprint Meetings) Inputs(SiteConfig config, IReadOnlyList<Meeting> meetings, ModelCache cache)
    {
        var hasher = new ModelHasher(cache.Hashes);
        return (hasher.Of(config), hasher.Of(meetings));
    }

    /// <summary>The last model with the edited decisions' pages swapped in; null when the edit may change more than their bodies.</summary>
    internal static Applied? TryApply(Basis last, (Fingerprint Config, Fingerprint Meetings) inputs, IReadOnlyList<Decision> loaded, ModelCache cache)
    {
        if (last.Config != inputs.Config || last.Meetings != inputs.Meetings || last.Loaded.Count != loaded.Count)
        {
            return null;
        }

        var changed = new List<(Decision Old, Decision New)>();
        for (var i = 0; i < loaded.Count; i++)
        {
            if (!ReferenceEquals(last.Loaded[i], loaded[i]))
            {
                if (changed.Count == MaxChanged)
                {
                    return null;
                }

                changed.Add((last.Loaded[i], loaded[i]));
            }
        }

        var hasher = new ModelHasher(cache.Hashes);
        var pages = new Dictionary<DecisionPage, DecisionPage>(ReferenceEqualityComparer.Instance);
        foreach (var (old, edited) in changed)
        {
            if (hasher.Summary(old) != hasher.Summary(edited)
                || !Publication.AsLoaded(old, cache) || !Publication.AsLoaded(edited, cache)
                || !InternalLinks.UrlsOf(old, cache).SequenceEqual(InternalLinks.UrlsOf(edited, cache), StringComparer.Ordinal)
                || last.Diagnostics.Any(d => d.Location.Path == old.File.Path || d.Related?.Path == old.File.Path))
            {
                return null;
            }

            // Its page in the last model: exactly one (a draft or a withdrawn decision has none: built whole).
            var found = last.Model.Decisions.Where(p => ReferenceEquals(p.Decision, old)).Take(2).ToList();
            if (found.Count != 1)
            {
                return null;
            }

            pages[found[0]] = found[0] with { Decision = edited };
        }

        return new Applied(last.Model, pages.Count == 0 ? last.Model : Replace(last.Model, pages), pages);
    }

    /// <summary>
    /// The model with every reference to an old page replaced by its new page; parts without
    /// one stay the same instances. Every place of the model that holds a <see cref="DecisionPage"/>
    /// is listed here (a test walks a patched model and finds no old page).
    /// </summary>
    private static SiteModel Replace(SiteModel model, Dictionary<DecisionPage, DecisionPage> pages)
    {
        // A few pages among hundreds of thousands of references: compared by reference, no hashing.
        var olds = pages.Keys.ToArray();
        var news = olds.Select(p => pages[p]).ToArray();
        IReadOnlyList<DecisionPage> List(IReadOnlyList<DecisionPage> list)
        {
            DecisionPage[]? copy = null;
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                for (var j = 0; j < olds.Length; j++)
                {
                    if (ReferenceEquals(item, olds[j]))
                    {
                        copy ??= [.. list];
                        copy[i] = news[j];
                    }
                }
            }

            return copy ?? list;
        }

        DecisionPage? Page(DecisionPage? page) => page is not null && pages.TryGetValue(page, out var replacement) ? replacement : page;

        Listing Listing(Listing listing)
        {
            var items = List(listing.Items);
            var listingPages = Each(listing.Pages, p => List(p.Items) is var i && !ReferenceEquals(i, p.Items) ? p with { Items = i } : p);
            return ReferenceEquals(items, listing.Items) && ReferenceEquals(listingPages, listing.Pages) ? listing : listing with { Items = items, Pages = listingPages };
        }

        MeetingPage Meeting(MeetingPage meeting) => List(meeting.Agenda) is var agenda && !ReferenceEquals(agenda, meeting.Agenda) ? meeting with { Agenda = agenda } : meeting;

        var languages = Each(model.Languages, language =>
        {
            var decisions = List(language.Decisions);
            var listed = List(language.Listed);
            var all = Listing(language.All);
            var indexes = Each(language.Indexes, index => Each(index.Listings, Listing) is var l && !ReferenceEquals(l, index.Listings) ? index with { Listings = l } : index);
            return ReferenceEquals(decisions, language.Decisions) && ReferenceEquals(listed, language.Listed) && ReferenceEquals(all, language.All) && ReferenceEquals(indexes, language.Indexes)
                ? language
                : language with { Decisions = decisions, Listed = listed, All = all, Indexes = indexes };
        });

        var record = model.Record;
        if (record is not null)
        {
            var laws = record.ByPagePath.Any(p => p.Value.NewerHandling is { } newer && pages.ContainsKey(newer))
                ? record.ByPagePath.ToDictionary(p => p.Key, p => p.Value with { NewerHandling = Page(p.Value.NewerHandling) }, StringComparer.Ordinal)
                : record.ByPagePath;
            record = record with
            {
                Cases = Each(record.Cases, c => List(c.Handlings) is var h && !ReferenceEquals(h, c.Handlings) ? c with { Handlings = h } : c),
                Meetings = Each(record.Meetings, Meeting),
                Calendars = Each(record.Calendars, c => Each(c.Meetings, Meeting) is var m && !ReferenceEquals(m, c.Meetings) ? c with { Meetings = m } : c),
                ByPagePath = laws,
            };
        }

        return model with
        {
            Decisions = List(model.Decisions),
            Languages = languages,
            Record = record,
            Redirects = Each(model.Redirects, r => Page(r.Target) is var target && !ReferenceEquals(target, r.Target) ? r with { Target = target! } : r),
            Members = model.Members.Replace(p => Page(p)!),
        };
    }

    // The list itself when no item changed, else a copy with the changed items.
    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> list, Func<T, T> map)
        where T : class
    {
        T[]? copy = null;
        for (var i = 0; i < list.Count; i++)
        {
            var mapped = map(list[i]);
            if (!ReferenceEquals(mapped, list[i]))
            {
                copy ??= [.. list];
                copy[i] = mapped;
            }
        }

        return copy ?? list;
    }
}
