namespace DecisionsPortal.Site;

/// <summary>
/// The pages of this build that stand where the last build's stood, in the model's order, but are
/// other instances (an edited text is a new decision, so a new page), and the languages' listings
/// and records of the last build with those pages put in at their places. Everything else is the
/// last build's own: a listing, case or meeting none of whose pages changed is the same object.
/// </summary>
internal sealed class PageSwap
{
    // Nearly always one or two pages (the edited file, its translation): compared by reference
    // one by one, cheaper than a table lookup for each of a language's hundred thousand entries.
    private const int Few = 8;
    private readonly DecisionPage[] from;
    private readonly DecisionPage[] to;
    private readonly Dictionary<DecisionPage, DecisionPage>? many;

    private PageSwap(List<DecisionPage> from, List<DecisionPage> to)
    {
        this.from = [.. from];
        this.to = [.. to];
        if (from.Count > Few)
        {
            many = new Dictionary<DecisionPage, DecisionPage>(from.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < from.Count; i++)
            {
                many[from[i]] = to[i];
            }
        }
    }

    /// <summary>
    /// The swap from <paramref name="last"/> to <paramref name="now"/>, or null when a place holds a
    /// page of another address or other translations (what the listings and records read of it).
    /// </summary>
    public static PageSwap? Between(IReadOnlyList<DecisionPage> last, IReadOnlyList<DecisionPage> now)
    {
        if (last.Count != now.Count)
        {
            return null;
        }

        var from = new List<DecisionPage>();
        var to = new List<DecisionPage>();
        for (var i = 0; i < now.Count; i++)
        {
            var (old, page) = (last[i], now[i]);
            if (ReferenceEquals(old, page))
            {
                continue;
            }

            if (old.Path != page.Path || !ModelCache.SameMap(old.Translations, page.Translations))
            {
                return null;
            }

            from.Add(old);
            to.Add(page);
        }

        return new PageSwap(from, to);
    }

    public IReadOnlyList<(LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)> Parts(IReadOnlyList<(LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)> parts) =>
        from.Length == 0 ? parts : [.. parts.Select(p => (Site(p.Site), Record(p.Record)))];

    private LanguageSite Site(LanguageSite site) => site with
    {
        Decisions = Pages(site.Decisions),
        Listed = Pages(site.Listed),
        All = Listing(site.All),
        Indexes = Each(site.Indexes, index => Each(index.Listings, Listing) is var listings && ReferenceEquals(listings, index.Listings) ? index : index with { Listings = listings }),
    };

    private Listing Listing(Listing listing) =>
        Pages(listing.Items) is var items && ReferenceEquals(items, listing.Items) ? listing : listing with
        {
            Items = items,
            Pages = Each(listing.Pages, page => Pages(page.Items) is var chunk && ReferenceEquals(chunk, page.Items) ? page : page with { Items = chunk }),
        };

    private CouncilRecordBuilder.LanguageRecord Record(CouncilRecordBuilder.LanguageRecord record)
    {
        var meetingNow = new Dictionary<MeetingPage, MeetingPage>(ReferenceEqualityComparer.Instance);
        var meetings = Each(record.Meetings, meeting =>
        {
            if (Pages(meeting.Agenda) is var agenda && ReferenceEquals(agenda, meeting.Agenda))
            {
                return meeting;
            }

            return meetingNow[meeting] = meeting with { Agenda = agenda };
        });

        // A decision's law names a page only as its case's newer handling.
        KeyValuePair<string, DecisionLaw>[]? laws = null;
        for (var i = 0; i < record.Laws.Count; i++)
        {
            if (record.Laws[i] is { Value.NewerHandling: { } newer } law && Swapped(newer) is { } now)
            {
                laws ??= [.. record.Laws];
                laws[i] = new(law.Key, law.Value with { NewerHandling = now });
            }
        }

        return new CouncilRecordBuilder.LanguageRecord(
            Each(record.Cases, c => Pages(c.Handlings) is var handlings && ReferenceEquals(handlings, c.Handlings) ? c : c with { Handlings = handlings }),
            meetings,
            meetingNow.Count == 0 ? record.Calendars : Each(record.Calendars, calendar => Each(calendar.Meetings, m => meetingNow.GetValueOrDefault(m, m)) is var held && ReferenceEquals(held, calendar.Meetings) ? calendar : calendar with { Meetings = held }),
            laws ?? record.Laws);
    }

    // The list itself when no page of it was swapped.
    private IReadOnlyList<DecisionPage> Pages(IReadOnlyList<DecisionPage> pages) => Each(pages, p => Swapped(p) ?? p);

    // The list itself when each item is given back as it was.
    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> items, Func<T, T> swap)
        where T : class
    {
        T[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (swap(items[i]) is var item && !ReferenceEquals(item, items[i]))
            {
                copy ??= [.. items];
                copy[i] = item;
            }
        }

        return copy ?? items;
    }

    private DecisionPage? Swapped(DecisionPage page)
    {
        if (many is not null)
        {
            return many.GetValueOrDefault(page);
        }

        for (var i = 0; i < from.Length; i++)
        {
            if (ReferenceEquals(from[i], page))
            {
                return to[i];
            }
        }

        return null;
    }
}
