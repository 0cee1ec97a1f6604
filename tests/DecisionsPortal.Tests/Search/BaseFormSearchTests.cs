using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// Base forms in the browser: a site built with the dictionaries (libvoikko, Hunspell), searched
/// with search.js in Chromium over the files the build wrote. Any form typed finds every decision
/// holding any form of the word's base form, compounds by their parts, and a word whose Snowball
/// stem other words share finds only its own base form's decisions. The differential test checks
/// every word of the decisions against what the dictionary itself says. People are found by name.
/// </summary>
public sealed class BaseFormSearchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly (string Slug, string Text)[] Finnish =
    [
        ("kaupunki", "Kaupunki rakentaa uuden sillan."),
        ("kaupungin", "Asia koskee kaupungin taloutta."),
        ("kaupungeissa", "Suurissa kaupungeissa liikenne ruuhkautuu."),
        ("hallitus", "Kaupunginhallitus hyväksyi esityksen."),
        ("paatos", "Päätöksen perustelut ovat liitteenä."),
        ("valittiin", "Puheenjohtajaksi valittiin Maija Virtanen."),
        ("valita", "Lautakunta voi valita edustajansa itse."),
        ("vali", "Välillä tie on suljettu."),
        ("aikainen", "Aikaisen aamun kokous siirtyi."),
    ];

    [Fact]
    public async Task Any_form_typed_finds_every_decision_with_any_form_of_its_base_form()
    {
        BaseFormDictionaries.Require();
        await using var served = await BuildAsync();

        Assert.Equal(["hallitus", "kaupungeissa", "kaupungin", "kaupunki"], await SearchAsync(served, "kaupunki"));
        Assert.Equal(["hallitus", "kaupungeissa", "kaupungin", "kaupunki"], await SearchAsync(served, "kaupungin"));
        Assert.Equal(["hallitus"], await SearchAsync(served, "hallitus"));
        Assert.Equal(["paatos"], await SearchAsync(served, "päätös"));
        Assert.Equal(["aikainen"], await SearchAsync(served, "aikainen"));
        Assert.Equal(["valita", "valittiin"], await SearchAsync(served, "valita"));
        // "välillä" shares the Snowball stem "väli" with "välitä" forms; it is not a form of valita.
        Assert.Equal(["vali"], await SearchAsync(served, "väli"));
        Assert.Equal(["sv-stad", "sv-staden"], await SearchAsync(served, "stad", "sv"));
    }

    [Fact]
    public async Task A_swedish_form_the_dictionary_lists_as_a_word_of_its_own_finds_the_other_forms_of_its_base_form()
    {
        BaseFormDictionaries.Require();
        await using var served = await BuildAsync();

        Assert.Equal(["sv-aldre", "sv-gamla"], await SearchAsync(served, "gammal", "sv"));
        Assert.Equal(["sv-aldre", "sv-gamla"], await SearchAsync(served, "äldre", "sv"));
        Assert.Equal(["sv-stad"], await SearchAsync(served, "växa", "sv"));
        Assert.Equal(["sv-ligger"], await SearchAsync(served, "ligga", "sv"));
    }

    [Fact]
    public async Task The_browser_finds_for_every_word_at_least_the_decisions_the_dictionary_gives_its_base_forms()
    {
        using var voikko = BaseFormDictionaries.Finnish();
        await using var served = await BuildAsync();
        var words = Finnish.SelectMany(d => Tokenizer.Tokenize(d.Text).Select(t => (d.Slug, t.Word))).ToList();
        var forms = words.Select(w => w.Word).Distinct().ToDictionary(w => w, voikko.Analyse);
        var stop = LanguageRules.For("fi").StopWords.ToHashSet();
        var failures = new List<string>();
        foreach (var (word, wordForms) in forms.Where(f => f.Value.Known && !stop.Contains(f.Key)))
        {
            // Every decision holding a word with one of the base forms meant, or a compound with it as a part.
            var expected = words.Where(w => forms[w.Word].Bases.Concat(forms[w.Word].Parts).Intersect(wordForms.Meant).Any())
                .Select(w => w.Slug).Distinct().Order(StringComparer.Ordinal).ToList();
            var found = await SearchAsync(served, word);
            if (expected.Except(found).Any())
            {
                failures.Add($"{word}: expected {string.Join(',', expected)}, found {string.Join(',', found)}");
            }
        }

        Assert.True(forms.Count(f => f.Value.Known) > 30, "too few words known to Voikko");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_councillor_is_found_by_name_in_votes_dissents_and_the_attendees_of_the_meeting()
    {
        BaseFormDictionaries.Require();
        var site = new TestSite(CouncilTown.Files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        await using var served = new ServedTestSite(site, await StaticServer.StartAsync(site.Output));

        Assert.Contains("hallitus-katto", await SearchAsync(served, "Anna Aho"));
        Assert.Contains("hallitus-katto", await SearchAsync(served, "Eero Esa"));
        Assert.Contains("hallitus-katto", await SearchAsync(served, "Liisa Puheenjohtaja"));
        Assert.DoesNotContain("lautakunta-katto", await SearchAsync(served, "Liisa Puheenjohtaja"));

        // The confidential § 11 of the same meeting is found by its published fields only.
        Assert.DoesNotContain("kiinteistokauppa", await SearchAsync(served, "Liisa Puheenjohtaja"));
    }

    [Fact]
    public void Without_the_dictionaries_the_build_searches_by_snowball_stems_and_says_so_once_a_language()
    {
        using var site = new TestSite();
        site.Write("content/fi/2024/a.md", Decision("Asia", "2024-01-10", "Lautakunta päättää asiasta.", "Kaupungin talous."));
        site.Write("content/sv/2024/a.md", Decision("Ärende", "2024-01-10", "Nämnden beslutar.", "Staden bygger."));

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["DECISIONSPORTAL_NO_BASEFORMS"] = "1" }, "build", "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        var info = stderr.Split('\n').Where(l => l.StartsWith("info: search:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, info.Count);
        Assert.Contains(info, l => l.EndsWith("fi words are searched by their Snowball stems only", StringComparison.Ordinal));
        Assert.Contains(info, l => l.EndsWith("sv words are searched by their Snowball stems only", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "search", "fi"), "manifest.*.js"));
    }

    private static async Task<ServedTestSite> BuildAsync()
    {
        var site = new TestSite();
        for (var i = 0; i < Finnish.Length; i++)
        {
            site.Write($"content/fi/2024/{Finnish[i].Slug}.md", Decision("Asia " + (i + 1), $"2024-01-{i + 10}", "Lautakunta päättää asiasta.", Finnish[i].Text));
        }

        site.Write("content/sv/2024/sv-stad.md", Decision("Ärende 1", "2024-02-10", "Nämnden beslutar.", "En stad växer."));
        site.Write("content/sv/2024/sv-staden.md", Decision("Ärende 2", "2024-02-11", "Nämnden beslutar.", "Staden bygger en bro."));
        site.Write("content/sv/2024/sv-annat.md", Decision("Ärende 3", "2024-02-12", "Nämnden beslutar.", "Ingenting om det."));
        site.Write("content/sv/2024/sv-gamla.md", Decision("Ärende 4", "2024-02-13", "Nämnden beslutar.", "De gamla husen rivs."));
        site.Write("content/sv/2024/sv-aldre.md", Decision("Ärende 5", "2024-02-14", "Nämnden beslutar.", "Äldre byggnader skyddas."));
        site.Write("content/sv/2024/sv-ligger.md", Decision("Ärende 6", "2024-02-15", "Nämnden beslutar.", "Tomten ligger vid ån."));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        return new ServedTestSite(site, await StaticServer.StartAsync(site.Output));
    }

    // Without the words of Decisions.Finnish's proposal (kaupunginhallitus), which every decision would hold.
    private static string Decision(string title, string date, string proposal, string text) => $"""
        ---
        title: {title}
        date: {date}
        body: kaupunginhallitus
        preparer: {"{"} name: Qx Zq, title: Qx {"}"}
        presenter: {"{"} name: Qx Zq, title: Qx {"}"}
        proposal: {proposal}
        ---
        {text}
        """;

    /// <summary>The slugs of the decisions in the page's language that a submitted query finds, in ordinal order.</summary>
    private async Task<string[]> SearchAsync(ServedTestSite served, string query, string language = "fi")
    {
        var page = await served.PageAsync(browser, language);
        var slugs = await page.EvaluateAsync<string[]>(
            """
            async ([query, language]) => {
              const M = DPSearchManifest, A = DPSearch.analyzer(M, DPStemmers), E = DPSearch.engine(M, A);
              const m = await E.match(query, false), out = [];
              const hits = (m.hits || []).filter(h => M.languages[m.table.lang[h.doc]][0] === language);
              for (const h of hits) out.push((await E.meta(Math.floor(h.doc / M.chunk)))[h.doc % M.chunk][3].split('/').filter(Boolean).pop());
              return out;
            }
            """,
            new object[] { query, language });
        return slugs.Order(StringComparer.Ordinal).ToArray();
    }

    private sealed record ServedTestSite(TestSite Site, StaticServer Server) : IAsyncDisposable
    {
        private readonly Dictionary<string, Microsoft.Playwright.IPage> pages = [];

        /// <summary>The language's search page, which loads the manifest and the scripts as a searcher's browser does.</summary>
        public async Task<Microsoft.Playwright.IPage> PageAsync(BrowserFixture browser, string language)
        {
            if (!pages.TryGetValue(language, out var page))
            {
                page = await browser.NewPageAsync();
                await page.GotoAsync(Server.Origin + (language == "fi" ? "/fi/haku/" : "/sv/sok/"));
                await page.WaitForFunctionAsync("() => window.DPSearch && window.DPSearchManifest && window.DPStemmers");
                pages[language] = page;
            }

            return page;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var page in pages.Values)
            {
                await page.CloseAsync();
            }

            await Server.DisposeAsync();
            Site.Dispose();
        }
    }
}
