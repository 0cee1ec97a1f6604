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
/// The tests that search the decisions below search one build of them (<see cref="Site"/>), each with pages of its own.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BaseFormSearchTests(BrowserFixture browser, BaseFormSearchTests.Site built) : IClassFixture<BaseFormSearchTests.Site>
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
        // As text pasted from a PDF may spell it: 'a' and 'o' each followed by a combining diaeresis.
        ("lampokeskus", "La\u0308mpo\u0308keskuksen katto korjataan."),
        // Forms whose Snowball stems differ from their base form's by consonant gradation.
        ("aukioloajat", "Kirjaston aukioloajat pitenevät."),
        ("luvat", "Luvat myönnetään hakemuksesta."),
        ("kadulla", "Kadulla on kuoppia."),
        // Compounds whose last part the dictionary names by a verb (korjata) or not at all (+sisä+satama(satama)).
        ("peruskorjaus", "Koulun peruskorjauksen suunnittelu alkaa."),
        ("sisasatama", "Sisäsataman laituri uusitaan."),
    ];

    [Fact]
    public async Task Any_form_typed_finds_every_decision_with_any_form_of_its_base_form()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["hallitus", "kaupungeissa", "kaupungin", "kaupunki"], await served.SearchAsync(browser, "kaupunki"));
        Assert.Equal(["hallitus", "kaupungeissa", "kaupungin", "kaupunki"], await served.SearchAsync(browser, "kaupungin"));
        Assert.Equal(["hallitus"], await served.SearchAsync(browser, "hallitus"));
        Assert.Equal(["paatos"], await served.SearchAsync(browser, "päätös"));
        Assert.Equal(["lampokeskus"], await served.SearchAsync(browser, "lämpökeskus"));
        Assert.Equal(["lampokeskus"], await served.SearchAsync(browser, "la\u0308mpo\u0308keskus"));
        Assert.Equal(["aikainen"], await served.SearchAsync(browser, "aikainen"));
        Assert.Equal(["valita", "valittiin"], await served.SearchAsync(browser, "valita"));
        // "välillä" shares the Snowball stem "väli" with "välitä" forms; it is not a form of valita.
        Assert.Equal(["vali"], await served.SearchAsync(browser, "väli"));
        Assert.Equal(["sv-stad", "sv-staden"], await served.SearchAsync(browser, "stad", "sv"));
    }

    [Fact]
    public async Task A_swedish_form_the_dictionary_lists_as_a_word_of_its_own_finds_the_other_forms_of_its_base_form()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["sv-aldre", "sv-gamla"], await served.SearchAsync(browser, "gammal", "sv"));
        Assert.Equal(["sv-aldre", "sv-gamla"], await served.SearchAsync(browser, "äldre", "sv"));
        Assert.Equal(["sv-stad"], await served.SearchAsync(browser, "växa", "sv"));
        // "låg" is also the past tense of ligga: in a decision's text every reading counts.
        Assert.Equal(["sv-laga", "sv-ligger"], await served.SearchAsync(browser, "ligga", "sv"));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task The_browser_finds_for_every_word_at_least_the_decisions_the_dictionary_gives_its_base_forms(string language)
    {
        BaseFormDictionaries.Require();
        using var dictionary = language == "fi" ? (IDisposable)BaseFormDictionaries.Finnish() : BaseFormDictionaries.Swedish();
        var source = (DecisionsPortal.Search.BaseForms.IBaseFormSource)dictionary;
        await using var served = built.Pages();
        var texts = language == "fi" ? Finnish : Swedish;
        var words = texts.SelectMany(d => ScannedWords.Of(d.Text).Where(w => !w.Joined).Select(w => ((language == "fi" ? "" : "sv-") + d.Slug, w.Word))).ToList();
        var forms = words.Select(w => w.Word).Distinct().ToDictionary(w => w, source.Analyse);
        var stop = LanguageRules.For(language).StopWords.ToHashSet();
        var failures = new List<string>();
        foreach (var (word, wordForms) in forms.Where(f => f.Value.Known && !stop.Contains(f.Key)))
        {
            // Every decision holding a word with one of the base forms meant, or a compound with it as a part.
            var expected = words.Where(w => forms[w.Word].Bases.Concat(forms[w.Word].Parts).Intersect(wordForms.Meant).Any())
                .Select(w => w.Item1).Distinct().Order(StringComparer.Ordinal).ToList();
            var found = await served.SearchAsync(browser, word, language);
            if (expected.Except(found).Any())
            {
                failures.Add($"{word}: expected {string.Join(',', expected)}, found {string.Join(',', found)}");
            }
        }

        Assert.True(forms.Count(f => f.Value.Known) > (language == "fi" ? 30 : 15), "too few words known to the dictionary");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_last_part_of_a_compound_finds_it_also_where_the_dictionary_names_that_part_by_another_word_or_not_at_all()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["peruskorjaus"], await served.SearchAsync(browser, "korjaus"));
        // An inflected form of the part that the decisions write only inside the compound.
        Assert.Equal(["peruskorjaus"], await served.SearchAsync(browser, "korjauksen"));
        Assert.Equal(["sisasatama"], await served.SearchAsync(browser, "satama"));
        Assert.Equal(["sisasatama"], await served.SearchAsync(browser, "satamassa"));
    }

    [Fact]
    public async Task A_swedish_compound_is_found_by_its_last_part_where_the_dictionary_lets_that_noun_end_a_compound_after_its_head()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["sv-grundrenovering"], await served.SearchAsync(browser, "renovering", "sv"));
        Assert.Equal(["sv-grundskolan"], await served.SearchAsync(browser, "skola", "sv"));
        Assert.Equal(["sv-detaljplan"], await served.SearchAsync(browser, "planen", "sv"));
        Assert.Equal(["Grundrenoveringen"], await served.MarksAsync(browser, "renovering", "sv"));
        Assert.Equal(["sv-laga", "sv-lagen"], await served.SearchAsync(browser, "lag", "sv"));
        Assert.Empty(await served.SearchAsync(browser, "heter", "sv"));
        Assert.Empty(await served.SearchAsync(browser, "dom", "sv"));
        Assert.Equal(["sv-oppettider"], await served.SearchAsync(browser, "tid", "sv"));
        Assert.Equal(["sv-oppettider"], await served.SearchAsync(browser, "tider", "sv"));
    }

    [Fact]
    public async Task A_result_found_through_a_base_form_marks_the_forms_that_found_it_and_no_other_word()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["aukioloajat"], await served.MarksAsync(browser, "aukioloaika"));
        Assert.Equal(["Luvat"], await served.MarksAsync(browser, "lupa"));
        Assert.Equal(["Kadulla"], await served.MarksAsync(browser, "katu"));
        Assert.Equal(["gamla", "Äldre"], (await served.MarksAsync(browser, "gammal", "sv")).Order(StringComparer.Ordinal));
        Assert.Equal(["ligger", "låg"], (await served.MarksAsync(browser, "ligga", "sv")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_result_found_through_a_part_of_a_compound_marks_the_compound()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        // The compound written in a form whose letters do not hold the word typed (korjaus, korjauks-en).
        Assert.Equal(["peruskorjauksen"], await served.MarksAsync(browser, "korjaus"));
        Assert.Equal(["peruskorjauksen"], await served.MarksAsync(browser, "korjauksen"));
        Assert.Equal(["Sisäsataman"], await served.MarksAsync(browser, "satama"));
        // Found through its first part.
        Assert.Equal(["Kaupunginhallitus", "Kaupunki", "kaupungeissa", "kaupungin"], (await served.MarksAsync(browser, "kaupunki")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_letter_with_a_diacritic_is_a_letter_of_its_own_and_a_query_without_it_ranks_the_exact_form_first()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();

        Assert.Equal(["sv-laga"], await served.SearchAsync(browser, "låg", "sv"));
        Assert.Equal(["sv-lagen", "sv-laga"], await served.SearchAsync(browser, "lag", "sv", ranked: true));
        Assert.Equal(["sv-man"], await served.SearchAsync(browser, "mån", "sv"));
    }

    [Fact]
    public async Task A_word_one_edit_from_a_word_of_the_index_is_offered_that_word_first()
    {
        BaseFormDictionaries.Require();
        await using var served = built.Pages();
        var page = await served.PageAsync(browser, "fi");

        var suggestion = await page.EvaluateAsync<string?>(
            """
            async (query) => {
              const M = DPSearchManifest, E = DPSearch.engine(M, DPSearch.analyzer(M, DPStemmers));
              const m = await E.match(query, false);
              return m.hits.length ? null : m.missing[0].suggestion;
            }
            """,
            "kaupunginhalitus");

        Assert.Equal("kaupunginhallitus", suggestion);
    }

    [Fact]
    public async Task A_councillor_is_found_by_name_in_votes_dissents_and_the_attendees_of_the_meeting()
    {
        BaseFormDictionaries.Require();
        await using var served = await SearchableSite.BuildAsync(new TestSite(CouncilTown.Files));

        Assert.Contains("hallitus-katto", await served.SearchAsync(browser, "Anna Aho"));
        Assert.Contains("hallitus-katto", await served.SearchAsync(browser, "Eero Esa"));
        Assert.Contains("hallitus-katto", await served.SearchAsync(browser, "Liisa Puheenjohtaja"));
        Assert.DoesNotContain("lautakunta-katto", await served.SearchAsync(browser, "Liisa Puheenjohtaja"));

        // The confidential § 11 of the same meeting is found by its published fields only.
        Assert.DoesNotContain("kiinteistokauppa", await served.SearchAsync(browser, "Liisa Puheenjohtaja"));
    }

    [Fact]
    public void Without_the_dictionaries_the_build_searches_by_snowball_stems_and_says_so_once_a_language()
    {
        using var site = new TestSite();
        site.Write("content/fi/2024/a.md", SentenceDecisions.Decision("Asia", "2024-01-10", "Lautakunta päättää asiasta.", "Kaupungin talous."));
        site.Write("content/sv/2024/a.md", SentenceDecisions.Decision("Ärende", "2024-01-10", "Nämnden beslutar.", "Staden bygger."));

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string> { ["DECISIONSPORTAL_NO_BASEFORMS"] = "1" }, "build", "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        var info = stderr.Split('\n').Where(l => l.StartsWith("info: search:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, info.Count);
        Assert.Contains(info, l => l.EndsWith("fi words are searched by their Snowball stems only", StringComparison.Ordinal));
        Assert.Contains(info, l => l.EndsWith("sv words are searched by their Snowball stems only", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "search", "fi"), "manifest.*.js"));
    }

    // Real Swedish sentences, with words hunspell-sv lists as their own (gamla, äldre, ligger) and
    // words that differ only by a diacritic (låg, lag; mån).
    private static readonly (string Slug, string Text)[] Swedish =
    [
        ("stad", "En stad växer."),
        ("staden", "Staden bygger en bro."),
        ("annat", "Ingenting om det."),
        ("gamla", "De gamla husen rivs."),
        ("aldre", "Äldre byggnader skyddas."),
        ("ligger", "Tomten ligger vid ån."),
        ("lagen", "Lagen om kommuner ändras."),
        ("laga", "Bron över ån är låg."),
        ("man", "Nämnden är mån om invånarnas säkerhet."),
        // Compounds hunspell-sv lists whole, whose last parts no other decision writes; and words
        // that begin with a word and end with another without being their compound (förs|laget,
        // möjlig|heter), or end with a suffix that is also a word (ung|domarna).
        ("grundrenovering", "Grundrenoveringen börjar i maj."),
        ("grundskolan", "Grundskolans elever flyttar."),
        ("detaljplan", "Detaljplanen godkänns."),
        ("forslaget", "Förslaget godkänns."),
        ("mojligheter", "Möjligheterna är få."),
        ("ungdomar", "Ungdomarna får en ny lokal."),
        // A compound hunspell-sv lists whole whose head is an adjective's neuter form, which its
        // flags let begin no compound it builds.
        ("oppettider", "Biblioteket har nya öppettider."),
    ];

    /// <summary>The decisions above, built once and served; the tests only read them.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private SearchableSite searchable = null!;

        public async Task InitializeAsync()
        {
            var site = SentenceDecisions.Site(Finnish, Swedish);
            searchable = await SearchableSite.BuildAsync(site);
        }

        /// <summary>Search pages of a test's own over the one build.</summary>
        public SearchPages Pages() => searchable.Pages();

        public async Task DisposeAsync() => await searchable.DisposeAsync();
    }
}
