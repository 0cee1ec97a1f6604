namespace DecisionsPortal.Site;

/// <summary>
/// A person's page is at the slug of the name, and the addresses <see cref="FormerSlugs"/> gave
/// names with letters such as č, ł or ő were linked and bookmarked before the rule changed: each
/// such address leads to the person's page now, as a decision's old address does. One that is a
/// page or an alias today, or that two people shared, is left as it is.
/// </summary>
public static class PersonRedirects
{
    public static IReadOnlyList<Redirect> Of(SiteModel site, IReadOnlyList<Redirect> aliases)
    {
        var moved = new Dictionary<string, Redirect?>(StringComparer.Ordinal);
        foreach (var language in site.Languages)
        {
            var people = language.Indexes.First(i => i.Kind == ListingKind.Person).Listings.ToDictionary(l => l.Id, StringComparer.Ordinal);
            foreach (var (name, slug) in Spellings(language, people))
            {
                var old = FormerSlugs.From(name);
                if (old.Length == 0 || old == slug)
                {
                    continue;
                }

                var person = people[slug];
                var path = site.Paths.Listing(language.Language, ListingKind.Person, old);
                ref var redirect = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(moved, path, out var seen);
                redirect = !seen ? new Redirect(path, person.Path, person.Label, language.Language, null)
                    : redirect is not null && redirect.Target == person.Path ? redirect : null;
            }
        }

        // Most sites have no such name, and then no page catalogue is needed.
        if (moved.Values.All(r => r is null))
        {
            return [];
        }

        var taken = PageCatalog.Paths(site);
        taken.UnionWith(aliases.Select(a => a.Path));
        var written = taken.Select(AliasResolver.WrittenAs).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return moved.Values.OfType<Redirect>().Where(r => !written.Contains(AliasResolver.WrittenAs(r.Path))).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    // The names of the people with a page in this language, as the decisions and the register
    // write them: only those with a letter outside ASCII can have had another address.
    private static IEnumerable<(string Name, string Slug)> Spellings(LanguageSite language, Dictionary<string, Listing> people)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people.Values)
        {
            if (!System.Text.Ascii.IsValid(person.Label) && seen.Add(person.Label))
            {
                yield return (person.Label, person.Id);
            }
        }

        foreach (var page in language.Listed)
        {
            foreach (var name in new[] { page.Decision.Preparer.Name, page.Decision.Presenter.Name })
            {
                if (!System.Text.Ascii.IsValid(name) && seen.Add(name) && people.ContainsKey(Slugs.From(name)))
                {
                    yield return (name, Slugs.From(name));
                }
            }
        }
    }
}
