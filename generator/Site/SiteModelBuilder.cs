using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Content.Members;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>The Model stage: decisions paired with their translations, given paths, and grouped into listings.</summary>
public static class SiteModelBuilder
{
    /// <remarks>
    /// Serve knows the model by these arguments (Incremental/ModelInputs.cs, bodies left out) and by
    /// each decision page as published: an input added here must be added there, and what of a
    /// body reaches beyond its own page must be in its <see cref="DecisionPage"/>.
    /// </remarks>
    /// <param name="cache">What earlier builds found in unchanged decisions (serve); a one-off build starts with an empty one.</param>
    /// <param name="members">The register of elected members (content/members.yml), when the site has one.</param>
    /// <param name="attachments">The attachments' texts read so far, which search reads after the model too.</param>
    /// <param name="inputs">The fingerprint of these arguments but the bodies (Incremental/ModelInputs.cs), by which the checks that read no body are remembered.</param>
    /// <param name="finnish">The Finnish dictionary (libvoikko) the search opens too, opened when first asked; without it a name's forms are guessed by their endings.</param>
    public static SiteModel Build(SiteConfig config, IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, IReadOnlyList<Meeting>? meetings = null, ModelCache? cache = null, MemberRegister? members = null, AttachmentTextCache? attachments = null, Fingerprint? inputs = null, Lazy<VoikkoLibrary?>? finnish = null)
    {
        var forms = finnish is null ? SurnameForms.Guessing : new SurnameForms(finnish);
        attachments ??= new AttachmentTextCache();
        cache ??= new ModelCache();
        cache.NextBuild();
        members ??= MemberRegister.Empty;
        var unread = new UnreadAttachments();

        // The checks of the loaded files that only report (diary numbers, and files that would keep
        // what they or the other language withhold) feed no other pass: they run on a core of
        // their own beside the passes. An exception of another pass waits for them too, so that
        // they never run into the next build (whose start clears the memos they read).
        var checks = Task.Run(() =>
        {
            cache.Report(nameof(CaseNumberCollisions), inputs, diagnostics, bag => CaseNumberCollisions.Check(loaded, bag, cache.Slug));
            cache.Report(nameof(TranslationWithholding), inputs, diagnostics, bag => TranslationWithholding.Check(loaded, bag));
            cache.Report(nameof(MeetingTranslations), inputs, diagnostics, bag => MeetingTranslations.Check(meetings ?? [], bag));

            // These read the bodies, or the files beside the decisions.
            SharedAttachmentFiles.Check(loaded, diagnostics);
            TranslationNameMarks.Check(loaded, meetings ?? [], diagnostics, cache, forms);
            MeetingNameMarks.Check(loaded, meetings ?? [], diagnostics, cache, forms);
            AttachmentCopies.Check(loaded, diagnostics, cache, attachments, forms, unread);
        });
        try
        {
            var model = BuildModel(config, loaded, diagnostics, meetings, cache, members, inputs, attachments, unread);
            checks.GetAwaiter().GetResult();
            unread.Report(diagnostics, model);
            cache.Last = model;
            return model;
        }
        finally
        {
            ((IAsyncResult)checks).AsyncWaitHandle.WaitOne();
        }
    }

    private static SiteModel BuildModel(SiteConfig config, IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, IReadOnlyList<Meeting>? meetings, ModelCache cache, MemberRegister members, Fingerprint? inputs, AttachmentTextCache attachments, UnreadAttachments unread)
    {
        var paths = new SitePaths(config);

        // The law first, so that nothing after this line sees confidential or expired text.
        var law = LawPass.Apply(config, loaded, meetings ?? [], diagnostics, cache, inputs);

        // Withheld names in published texts and files: after the law, which decides the day each
        // expiring attachment leaves the site, so that only the files published on the build date are read.
        var names = Task.Run(() => ConfidentialFileNames.Check(loaded, meetings ?? [], law.Expiries, config.IncludeDrafts, config.BaseUrl, diagnostics, cache, attachments, unread));
        try
        {
            return BuildLawful(config, loaded, diagnostics, cache, members, inputs, paths, law, names);
        }
        finally
        {
            ((IAsyncResult)names).AsyncWaitHandle.WaitOne();
        }
    }

    private static SiteModel BuildLawful(SiteConfig config, IReadOnlyList<Decision> loaded, DiagnosticBag diagnostics, ModelCache cache, MemberRegister members, Fingerprint? inputs, SitePaths paths, LawPass.Result law, Task names)
    {
        var withdrawn = law.Decisions.Where(d => d.Law.Withdrawn && (config.IncludeDrafts || !d.Draft)).ToList();
        var published = new List<Decision>(law.Decisions.Count);
        published.AddRange(law.Decisions.Where(d => (config.IncludeDrafts || !d.Draft) && !d.Law.Withdrawn));

        // Two more checks that only report, on the other core beside the pairing (the checks of
        // the loaded files, started with the stage, have mostly ended by now). They read the law's
        // result, which the inputs decide but for the bodies, which neither reads; their memo keeps
        // only whole results by their inputs, so one left running by an exception here cannot give
        // the next build a wrong one.
        var publishedChecks = Task.Run(() =>
        {
            cache.Report(nameof(SectionClashes), inputs, diagnostics, bag => SectionClashes.Check(published, law, bag));
            cache.Report(nameof(LostTranslations), inputs, diagnostics, bag => LostTranslations.Check(published, bag));
        });
        // The addresses and what the pairing reports read no body either: remembered by the inputs too.
        var places = cache.Remember(nameof(TranslationPairing), inputs, diagnostics, bag => TranslationPairing.Place(published, paths, bag));
        var paired = TranslationPairing.Pages(published, places);
        var resolved = InternalLinks.Resolve(paired, loaded, paths, diagnostics, cache);

        // The order reads the decisions' dates, §§, keys and languages at the places the pairing gave: remembered by the inputs too.
        var pages = DecisionOrder.InOrder(resolved, cache.Remember(nameof(DecisionOrder), inputs, diagnostics, _ => DecisionOrder.Order(resolved)));
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i] = cache.Same(pages[i]);
        }

        publishedChecks.GetAwaiter().GetResult();

        // The languages' listings and records are independent of each other: one core each, a
        // language's record made right after its listings, with no wait for the other languages'.
        var councilPaths = new CouncilPaths(config);
        // Both read only what the inputs decide (fields, addresses, the law's result): an edit of a
        // text keeps them, with its new page put in.
        // Parallel.For, not PLINQ: the load has compiled its code already, where PLINQ's generic
        // operators over this tuple are compiled at every start (ReadyToRun cannot see them).
        var parts = cache.Structure(inputs, pages, () =>
        {
            var built = new (LanguageSite Site, CouncilRecordBuilder.LanguageRecord Record)[config.Languages.Count];
            Parallel.For(0, built.Length, i =>
            {
                var site = BuildLanguage(config, paths, config.Languages[i], pages, members);
                built[i] = (site, CouncilRecordBuilder.BuildLanguage(config, law, site, councilPaths, cache.Slug));
            });
            return built;
        });
        var languages = parts.Select(p => p.Site).ToList();
        var council = MeetingNoteLinks.Check(CouncilRecordBuilder.Build(config, law, withdrawn, parts.Select(p => p.Record).ToList(), paths), new TextAttachments(pages, loaded, paths), diagnostics);
        MemberRecordBuilder.CheckNames(members, pages.Select(p => p.Decision.AsShownOnItsPage ?? p.Decision), law.Meetings.Values.SelectMany(m => m).Select(m => m.AsShownOnItsPage ?? m), config, diagnostics);
        var model = new SiteModel(config, paths, pages, languages) { Council = council, Members = MemberRecordBuilder.Build(members, languages, council, paths) };
        var aliases = AliasResolver.Resolve(model, diagnostics);
        // A person's former addresses read the people's names and every page's address, all given by the inputs.
        model = model with { Redirects = [.. aliases, .. cache.Remember(nameof(PersonRedirects), inputs, diagnostics, _ => PersonRedirects.Of(model, aliases))] };
        InternalLinks.CheckPages(model, diagnostics, cache);
        names.GetAwaiter().GetResult();
        return model;
    }

    private static LanguageSite BuildLanguage(SiteConfig config, SitePaths paths, string language, IReadOnlyList<DecisionPage> all, MemberRegister members)
    {
        // A decision without a version in this language is listed here in the first language
        // (in site.yml order) that has it, so each decision appears exactly once per listing.
        // One pass over the decisions fills every list of the language, each in the order of
        // 'listed': by year, organ, topic and person, instead of one pass over 20,000 pages for each.
        var native = new List<DecisionPage>(all.Count / config.Languages.Count + 1);
        var listed = new List<DecisionPage>(all.Count / config.Languages.Count + 1);
        var byYear = new Dictionary<int, List<DecisionPage>>();
        var byBody = ListsOf(config.Bodies);
        var byTopic = ListsOf(config.Topics);
        var people = new People(members);
        foreach (var p in all)
        {
            if (p.Language == language)
            {
                native.Add(p);
            }
            else if (p.Translations.ContainsKey(language) || !IsPreferredForeign(p, config.Languages))
            {
                continue;
            }

            listed.Add(p);
            ref var year = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byYear, p.Decision.Date.Year, out _);
            (year ??= []).Add(p);
            AddOnce(byBody.GetValueOrDefault(p.Decision.Body), p);
            foreach (var topic in p.Decision.Topics)
            {
                AddOnce(byTopic.GetValueOrDefault(topic), p);
            }

            people.Add(p);
        }

        var listings = new ListingFactory(config, paths, language);
        var years = byYear.Keys.ToArray();
        Array.Sort(years, (a, b) => b.CompareTo(a));
        var indexes = new List<ListingIndex>
        {
            listings.Index(ListingKind.Year, years
                .Select(y => (Key: y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Items: byYear[y]))
                .Select(g => listings.Create(ListingKind.Year, g.Key, g.Key, g.Items))),
            listings.Index(ListingKind.Body, config.Bodies
                .Where(b => byBody[b.Id].Count > 0)
                .Select(b => listings.Create(ListingKind.Body, b.Id, b.Label(language), byBody[b.Id]))),
            listings.Index(ListingKind.Topic, config.Topics
                .Where(t => byTopic[t.Id].Count > 0)
                .Select(t => listings.Create(ListingKind.Topic, t.Id, t.Label(language), byTopic[t.Id]))),
            listings.Index(ListingKind.Person, people.All()
                .Select(p => listings.Create(ListingKind.Person, p.Slug, p.Name, p.Pages))),
        };

        return new LanguageSite(language, paths.Home(language), native, listed,
            listings.Create(ListingKind.All, "", config.Title[language], listed), indexes);
    }

    private static Dictionary<string, List<DecisionPage>> ListsOf(IEnumerable<LabelledId> terms) =>
        terms.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<DecisionPage>(), StringComparer.Ordinal);

    // A page is added right after itself only when a topic is repeated: once is enough.
    private static void AddOnce(List<DecisionPage>? list, DecisionPage page)
    {
        if (list is not null && (list.Count == 0 || !ReferenceEquals(list[^1], page)))
        {
            list.Add(page);
        }
    }

    // Of a decision without this language's version, the one version listed is in the site's first language that has it.
    private static bool IsPreferredForeign(DecisionPage page, IReadOnlyList<string> languages)
    {
        foreach (var l in languages)
        {
            if (page.PathIn(l) is not null)
            {
                return l == page.Language;
            }
        }

        return page.Language is null;
    }

    // Grouped by the slug of the name, so "Matti Ruotsalainen" as preparer and as presenter, in
    // either language, is one person with one page; named by the first of the spellings in
    // ordinal order. The same few officials sign thousands of decisions: each name is made a
    // slug once, and each person's pages are gathered as the pages are listed.
    // Elected members are people too: each has a page named as the register writes it, listing
    // the decisions whose votes or dissent name them (and any they prepared or presented).
    private sealed class People
    {
        private readonly Dictionary<string, PersonPages> people = new(StringComparer.Ordinal);

        // Each spelling once: its person (null when its slug is empty), so a page costs one lookup a name.
        private readonly Dictionary<string, PersonPages?> byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> memberNames;
        private readonly MemberRegister members;

        public People(MemberRegister members)
        {
            this.members = members;
            foreach (var member in members.Members)
            {
                people[member.Slug] = new PersonPages(member.Name);
            }

            memberNames = members.Members.ToDictionary(m => m.Slug, m => m.Name, StringComparer.Ordinal);
        }

        public void Add(DecisionPage page)
        {
            Add(page, page.Decision.Preparer.Name);
            Add(page, page.Decision.Presenter.Name);
            foreach (var member in memberNames.Count == 0 ? [] : MemberRecordBuilder.NamedMembers(page.Decision, members))
            {
                Add(page, memberNames[member]);
            }
        }

        public IEnumerable<(string Slug, string Name, List<DecisionPage> Pages)> All() =>
            people.OrderBy(p => p.Value.Name, NameOrder.Instance).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Name, p.Value.Pages));

        private void Add(DecisionPage page, string name)
        {
            ref var person = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byName, name, out var seen);
            if (!seen)
            {
                person = PersonOf(name);
            }

            if (person is not null)
            {
                AddOnce(person.Pages, page);
            }
        }

        // A later spelling can only lower the name once, the first time it is seen.
        private PersonPages? PersonOf(string name)
        {
            var slug = Slugs.From(name);
            if (slug.Length == 0)
            {
                return null;
            }

            if (!people.TryGetValue(slug, out var person))
            {
                people[slug] = person = new PersonPages(name);
            }
            else if (string.CompareOrdinal(name, person.Name) < 0 && !memberNames.ContainsKey(slug))
            {
                person.Name = name;
            }

            return person;
        }
    }

    private sealed class PersonPages(string name)
    {
        public string Name { get; set; } = name;

        public List<DecisionPage> Pages { get; } = [];
    }
}
