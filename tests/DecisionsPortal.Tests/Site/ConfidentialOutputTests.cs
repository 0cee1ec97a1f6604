using System.Text;
using System.Text.Json;
using DecisionsPortal.Configuration;
using DecisionsPortal.Search;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A confidential decision (and its Swedish translation) with a token in every field that must
/// not be published: each token starts with "zqx", so one case-insensitive search of every output
/// file's name and bytes, and of every term and surface form decoded from the search shards,
/// finds any of them, whatever producer wrote it and however the index analysed it.
/// </summary>
public sealed class ConfidentialOutputTests(ConfidentialOutputTests.Built built) : IClassFixture<ConfidentialOutputTests.Built>
{
    private static readonly DateOnly BuildDate = new(2025, 3, 10);

    /// <summary>The site of <see cref="Files"/> built once on <see cref="BuildDate"/>, for the tests that only read what it wrote.</summary>
    public sealed class Built : IDisposable
    {
        public Built() => Result = Site.BuildOn(BuildDate);

        public TestSite Site { get; } = new(Files);

        public DecisionsPortal.Pipeline.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private const string Marker = "zqx";

    private const string Files = """
        -- site.yml --
        title: { fi: Esimerkkilän päätökset, sv: Exempelby stads beslut }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        bodies:
          kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }
        topics:
          environment: { fi: Ympäristö, sv: Miljö }
          schools: { fi: Koulut, sv: Skolor }
        -- content/fi/2025/maanvuokra.md --
        ---
        title: Maanvuokrasopimus
        key: zqxkeyavain
        date: 2025-03-03
        body: kaupunginhallitus
        section: 7
        meeting: 3/2025
        dnro: ZQXDNRO/12/2025
        preparer: { name: Zqxpekka Zqxpreparer, title: Zqxpreptitle }
        presenter: { name: Zqxpaula Zqxpresenter, title: Zqxprestitle }
        proposal: Zqxproposal hyväksytään.
        decision: Zqxdecision hyväksyttiin.
        previous: Zqxprevious hylättiin.
        topics: [environment]
        status: amended
        updated: 2025-03-05
        votes: { for: [Zqxvoterfor Aho, Liisa Puheenjohtaja], against: [Zqxvoteragainst Esa] }
        dissent: [{ name: Zqxdissenter Ilves, text: Zqxdissenttext perustelu. }]
        attachments: [{ title: Zqxattachment, file: zqxliite.txt }]
        aliases: [fi/vanhat/zqxalias/]
        confidential: true
        ---
        Zqxbodytext valmistelu, [[Zqxpersonal Nimi]]{.personal} ja [linkki](https://zqxlink.example/).
        -- content/fi/2025/zqxliite.txt --
        zqxfilecontent
        -- content/sv/2025/maanvuokra.md --
        ---
        title: Arrendeavtal
        key: zqxkeyavain
        date: 2025-03-03
        body: kaupunginhallitus
        section: 7
        meeting: 3/2025
        dnro: ZQXDNRO/12/2025
        preparer: { name: Zqxpekka Zqxpreparer, title: Zqxsvpreptitle }
        presenter: { name: Zqxpaula Zqxpresenter, title: Zqxsvprestitle }
        proposal: Zqxsvproposal godkänns.
        decision: Zqxsvdecision.
        topics: [environment]
        confidential: true
        ---
        Zqxsvbodytext beredning.
        -- content/fi/2025/julkinen.md --
        ---
        title: Koulun katon korjaus
        date: 2025-03-03
        body: kaupunginhallitus
        section: 8
        meeting: 3/2025
        preparer: { name: Maija Meikäläinen, title: Tekninen johtaja }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Kaupunginhallitus päättää korjata katon.
        topics: [schools]
        ---
        Katto vuotaa. Katso myös [maanvuokra](maanvuokra.md).
        -- content/fi/2025/salainen-esitys.md --
        ---
        title: Kiinteistön myynti
        date: 2025-03-17
        body: kaupunginhallitus
        section: 9
        meeting: 4/2025
        dnro: ZQXAGENDADNRO/3/2025
        status: agenda
        preparer: { name: Zqxagendapreparer Aho, title: Zqxagendatitle }
        presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
        proposal: Zqxagendaproposal myydään.
        confidential: true
        ---
        Zqxagendatext valmistelu.
        -- content/members.yml --
        groups:
          kesk: { fi: Keskustan valtuustoryhmä, sv: Centerns fullmäktigegrupp }
        members:
          - { name: Liisa Puheenjohtaja, group: kesk, roles: [{ body: kaupunginhallitus, role: chair, from: 2023-06-01 }] }
        -- content/fi/meetings/kaupunginhallitus/2025-03-03.md --
        ---
        number: 3/2025
        place: Kaupungintalo
        time: 16:00-18:00
        minutes_public: 2025-03-07
        attendees:
          - { name: Liisa Puheenjohtaja, role: puheenjohtaja }
        ---
        """;

    private const string Page = "fi/paatokset/2025/maanvuokra/index.html";

    [Fact]
    public void No_output_file_holds_anything_of_a_confidential_decision_but_what_may_be_published()
    {
        var (site, result) = (built.Site, built.Result);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertNothingConfidential(site.Output);
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("fi/aihe/environment/", StringComparison.Ordinal));
    }

    [Fact]
    public void Serve_publishes_no_more_of_a_confidential_decision_after_edits_than_a_build()
    {
        using var site = new TestSite(Files);
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: BuildDate), served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        AssertNothingConfidential(served);

        var clock = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var edits = new (string File, Func<string, string> Edit)[]
        {
            // A public decision's text only: serve patches the last model.
            ("content/fi/2025/julkinen.md", text => text.Replace("Katto vuotaa.", "Katto vuotaa pahasti.")),
            ("content/fi/2025/maanvuokra.md", text => text.Replace("Zqxbodytext", "Zqxbodytext Zqxnewtoken").Replace("Zqxpekka", "Zqxpentti")),
            // A public decision made confidential, with new names in the same save.
            ("content/fi/2025/julkinen.md", text => text.Replace("Olli Esimerkki", "Zqxolli Esimerkki").Replace("topics: [schools]", "topics: [schools]\nconfidential: true").Replace("Katto vuotaa", "Zqxleak vuotaa")),
        };
        foreach (var (file, edit) in edits)
        {
            var path = Path.Combine(site.Root, file);
            var edited = edit(File.ReadAllText(path));
            Assert.NotEqual(File.ReadAllText(path), edited);
            File.WriteAllText(path, edited);
            File.SetLastWriteTimeUtc(path, clock = clock.AddSeconds(1));

            var (status, result) = rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal) { path });

            Assert.True(status.Ok, string.Join("\n", result.Diagnostics));
            AssertNothingConfidential(served);
        }
    }

    [Fact]
    public void Every_token_still_holds_the_marker_once_the_search_index_has_analysed_it()
    {
        // What makes the search of the shards for the marker a search for every token: the
        // analysis keeps the beginning of an unknown word, in either language.
        foreach (var language in new[] { "fi", "sv" })
        {
            var analyzer = new TextAnalyzer(LanguageRules.For(language));
            foreach (var token in Tokens(Files))
            {
                Assert.StartsWith(Marker, analyzer.Term(token.ToLowerInvariant()));
            }
        }
    }

    [Fact]
    public void A_confidential_decision_is_still_listed_with_its_title_organ_date_section_and_a_notice()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded);

        var page = Html.Parse(site.Read(Page));
        Assert.Equal("Maanvuokrasopimus", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector(".facts")!.TextContent;
        Assert.Contains("Kaupunginhallitus", facts);
        Assert.Contains("3.3.2025", facts);
        Assert.Contains("7 §", facts);
        Assert.Contains("salassa pidettävä", page.QuerySelector(".confidential-notice")!.TextContent);

        // Still paired with its translation, though its key is not published.
        Assert.Contains(page.QuerySelectorAll("a[hreflang='sv']"), a => a.GetAttribute("href") == "/sv/beslut/2025/maanvuokra/");

        Assert.Contains("Maanvuokrasopimus", Html.Parse(site.Read("fi/paatokset/index.html")).QuerySelector("main")!.TextContent);
        Assert.Contains("7 § Maanvuokrasopimus", Html.Parse(site.Read("fi/kokoukset/kaupunginhallitus/2025-03-03/index.html")).QuerySelector(".agenda-list")!.TextContent);
        Assert.Contains("<title>Maanvuokrasopimus</title>", site.Read("fi/paatokset/atom.xml"));
        Assert.Contains(Directory.EnumerateFiles(Path.Combine(site.Output, "search", "fi"), "*.json", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("Maanvuokrasopimus"));

        using var data = JsonDocument.Parse(site.Read("fi/decisions.json"));
        var record = data.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("title").GetString() == "Maanvuokrasopimus");
        Assert.Equal("2025-03-03", record.GetProperty("date").GetString());
        Assert.Equal("kaupunginhallitus", record.GetProperty("body").GetProperty("id").GetString());
        Assert.Equal(7, record.GetProperty("section").GetInt32());
        Assert.True(record.GetProperty("confidential").GetBoolean());
        Assert.Equal("", record.GetProperty("preparer").GetProperty("name").GetString());
    }

    [Fact]
    public void A_confidential_agenda_item_is_listed_by_its_title_as_not_decided_in_the_meetings_feed_and_data()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded);

        var meeting = "fi/kokoukset/kaupunginhallitus/2025-03-17/";
        Assert.Contains("<summary type=\"text\">Käsitellään kokouksessa 17.3.2025. Ei vielä päätetty.</summary>", site.Read(meeting + "atom.xml"));
        Assert.Contains("(Esityslistalla – ei vielä päätetty)", Html.Parse(site.Read(meeting + "index.html")).QuerySelector(".agenda-list")!.TextContent);
        Assert.Equal("Ei vielä päätetty.", Html.Parse(site.Read("fi/paatokset/2025/salainen-esitys/index.html")).QuerySelector(".agenda-notice")!.TextContent);
        using var data = JsonDocument.Parse(site.Read("fi/meetings.json"));
        var item = data.RootElement.GetProperty("meetings")[0].GetProperty("items")[0];
        Assert.Equal(("Kiinteistön myynti", false), (item.GetProperty("title").GetString(), item.GetProperty("decided").GetBoolean()));
        Assert.True(site.Exists("fi/kokoukset/kaupunginhallitus/2025-03-03/atom.xml"));
    }

    [Fact]
    public void A_confidential_decisions_votes_are_on_no_members_page_feed_or_data()
    {
        var site = built.Site;
        Assert.True(built.Result.Succeeded);

        var member = Html.Parse(site.Read("fi/henkilo/liisa-puheenjohtaja/index.html"));
        Assert.Equal("0 päätöstä", member.QuerySelector("p.count")!.TextContent);
        Assert.Empty(member.QuerySelectorAll(".member-votes tbody tr"));
        Assert.DoesNotContain("<entry>", site.Read("fi/henkilo/liisa-puheenjohtaja/atom.xml"));
        using var data = JsonDocument.Parse(site.Read("fi/members.json"));
        var liisa = data.RootElement.GetProperty("members").EnumerateArray().Single();
        Assert.Equal(0, liisa.GetProperty("votes").GetArrayLength());
        Assert.Equal(1, liisa.GetProperty("attendance").GetArrayLength());
    }

    [Fact]
    public void A_confidential_decisions_aliases_are_warned_about_and_lead_nowhere()
    {
        var result = built.Result;

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0101");
        Assert.EndsWith("content/fi/2025/maanvuokra.md", warning.Location.Path);
        Assert.False(warning.IsError);
        Assert.Empty(result.Site!.Redirects);
    }

    [Fact]
    public void A_translation_of_a_confidential_decision_that_is_not_confidential_is_an_error()
    {
        var files = Files.Replace("Zqxsvbodytext beredning.", "Beredning.").Replace("proposal: Zqxsvproposal godkänns.\ndecision: Zqxsvdecision.\ntopics: [environment]\nconfidential: true\n", "proposal: Godkänns.\n");
        Assert.NotEqual(Files, files);
        using var site = new TestSite(files);

        var result = site.BuildOn(BuildDate);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0100");
        Assert.EndsWith("content/sv/2025/maanvuokra.md", error.Location.Path);
        Assert.Contains("content/fi/2025/maanvuokra.md", error.Message);
    }

    [Fact]
    public void A_file_that_takes_the_key_the_open_data_shows_for_a_confidential_decision_and_is_not_confidential_is_an_error()
    {
        // The open data shows the Finnish file's key as its address, 'fi/2025/maanvuokra'; a
        // translation that writes it to be paired was paired, and published all the Finnish file hides.
        var files = Files.Replace("title: Arrendeavtal\nkey: zqxkeyavain\n", "title: Arrendeavtal\nkey: fi/2025/maanvuokra\n")
            .Replace("decision: Zqxsvdecision.\ntopics: [environment]\nconfidential: true\n", "decision: Zqxsvdecision.\ntopics: [environment]\n");
        Assert.NotEqual(Files, files);
        using var site = new TestSite(files);

        var result = site.BuildOn(BuildDate);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP0100");
        Assert.EndsWith("content/sv/2025/maanvuokra.md", error.Location.Path);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("content/fi/2025/maanvuokra.md", error.Message);
    }

    [Fact]
    public void A_confidential_title_marked_personal_is_replaced_once_its_appeal_period_has_ended()
    {
        var files = Files.Replace("confidential: true\n---\nZqxbodytext", "confidential: true\npersonal: [title]\n---\nZqxbodytext");
        Assert.NotEqual(Files, files);
        using var site = new TestSite(files);

        Assert.True(site.BuildOn(new DateOnly(2025, 6, 1)).Succeeded);

        Assert.Empty(site.FilesContaining("Maanvuokrasopimus"));
        Assert.Contains("[henkilötieto poistettu]", Html.Parse(site.Read(Page)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void No_output_file_holds_the_text_of_a_confidential_decisions_pdf_nor_search_that_of_an_attachment_marked_personal()
    {
        // The confidential decision's PDF, and a public decision's PDF while 'personal: [attachments]'
        // still lets the file itself be published: neither may reach the index or its metadata.
        var files = Files.Replace("attachments: [{ title: Zqxattachment, file: zqxliite.txt }]", "attachments: [{ title: Zqxattachment, file: zqxliite.txt }, { title: Kartta, file: kartta.pdf }]") + "\n" + """
            -- content/fi/2025/avustus.md --
            ---
            title: Avustus yhdistykselle
            date: 2025-03-03
            body: kaupunginhallitus
            preparer: { name: Maija Meikäläinen, title: Tekninen johtaja }
            presenter: { name: Olli Esimerkki, title: Kaupunginjohtaja }
            proposal: Kaupunginhallitus myöntää avustuksen.
            attachments: [{ title: Hakemus, file: hakemus.pdf }, { title: Talousarvio, file: talousarvio.pdf }]
            personal: [attachments]
            ---
            Yhdistys haki avustusta.
            """;
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/kartta.pdf", TestPdf.Of("Zqxkarttateksti ja zqxrajanaapuri Pölhölä", "Vuokra-alue zqxtilanumero 12."));
        site.WriteBytes("content/fi/2025/hakemus.pdf", TestPdf.Of("Hakija Zqwhenkilö Zqwsukunimi, henkilötunnus zqw010203", "Osoite Zqwkatu 5."));
        site.WriteBytes("content/fi/2025/talousarvio.pdf", TestPdf.Of("Zqwtilinumero ja zqwtulot"));
        site.WriteBytes("content/fi/2025/katto.pdf", TestPdf.Of("Kuntoarvio: vesikatto vuotaa räystään kohdalta."));
        site.Write("content/fi/2025/julkinen.md", File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/julkinen.md")).Replace("topics: [schools]", "topics: [schools]\nattachments: [{ title: Kuntoarvio, file: katto.pdf }]"));

        var result = site.BuildOn(BuildDate);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertNothingConfidential(site.Output);
        AssertNoPersonalAttachmentInSearch(site.Output);

        // What makes it a test of attachments: a public decision's PDF is in the index.
        Assert.Contains("vesikatto", SearchShards.TermsAndForms(site.Output));
        Assert.True(site.Exists("fi/paatokset/2025/avustus/hakemus.pdf"));

        // serve: the public decision made confidential, and given a PDF of secrets, in one save; the personal PDF rewritten.
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: BuildDate), served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        Assert.Contains("vesikatto", SearchShards.TermsAndForms(served));
        site.WriteBytes("content/fi/2025/katto.pdf", TestPdf.Of("Zqxvuotoraportti: vesikatto vuotaa."));
        var julkinen = Path.Combine(site.Root, "content/fi/2025/julkinen.md");
        File.WriteAllText(julkinen, File.ReadAllText(julkinen).Replace("topics: [schools]", "topics: [schools]\nconfidential: true"));
        site.WriteBytes("content/fi/2025/hakemus.pdf", TestPdf.Of("Hakija Zqwtoinenhenkilö, zqwpuhelin 040 123"));
        var (status, rebuilt) = rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal)
        {
            julkinen, Path.Combine(site.Root, "content/fi/2025/katto.pdf"), Path.Combine(site.Root, "content/fi/2025/hakemus.pdf"),
        });

        Assert.True(status.Ok, string.Join("\n", rebuilt.Diagnostics));
        AssertNothingConfidential(served);
        AssertNoPersonalAttachmentInSearch(served);
        Assert.DoesNotContain("vesikatto", SearchShards.TermsAndForms(served));
    }

    // The search files' bytes (shards, positions, documents, metadata, manifest) and decoded terms.
    private static void AssertNoPersonalAttachmentInSearch(string output)
    {
        const string personal = "zqw";
        var search = Directory.EnumerateFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal([], search.Where(f => Contains(File.ReadAllBytes(f), personal)).ToList());
        Assert.Equal([], SearchShards.TermsAndForms(output).Where(t => t.Contains(personal, StringComparison.Ordinal)).Distinct().ToList());
        Assert.DoesNotContain(search, f => f.EndsWith(".json", StringComparison.Ordinal) && (File.ReadAllText(f).Contains("hakemus.pdf", StringComparison.Ordinal) || File.ReadAllText(f).Contains("Talousarvio", StringComparison.Ordinal)));
    }

    // Every file's name and bytes, and every term and surface form of the search index: the
    // shards are decoded, since a term shares its beginning with the term before it.
    private static void AssertNothingConfidential(string output)
    {
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(Page, files);
        Assert.Equal([], files.Where(f => f.Contains(Marker, StringComparison.OrdinalIgnoreCase)).ToList());
        Assert.Equal([], files.Where(f => Contains(File.ReadAllBytes(Path.Combine(output, f)), Marker)).ToList());
        var terms = SearchShards.TermsAndForms(output);
        Assert.Contains(terms, t => t.StartsWith("maanvuokr", StringComparison.Ordinal));
        Assert.Equal([], terms.Where(t => t.Contains(Marker, StringComparison.Ordinal)).Distinct().ToList());
    }

    // The words of the test's files that carry the marker.
    private static IEnumerable<string> Tokens(string files) =>
        System.Text.RegularExpressions.Regex.Matches(files, @"[\p{L}\p{Nd}]+").Select(m => m.Value).Where(w => w.Contains(Marker, StringComparison.OrdinalIgnoreCase)).Distinct();

    private static bool Contains(byte[] bytes, string text)
    {
        var lower = Encoding.ASCII.GetBytes(text.ToLowerInvariant());
        var upper = Encoding.ASCII.GetBytes(text.ToUpperInvariant());
        for (var i = 0; i + lower.Length <= bytes.Length; i++)
        {
            var match = true;
            for (var k = 0; k < lower.Length && match; k++)
            {
                match = bytes[i + k] == lower[k] || bytes[i + k] == upper[k];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
