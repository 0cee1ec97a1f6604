using DecisionsPortal.Pipeline;
using DecisionsPortal.Shared;
using DecisionsPortal.Search;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

public sealed class PersonalDataTests
{
    [Fact]
    public void A_marked_name_is_published_up_to_the_last_day_of_the_appeal_period()
    {
        using var site = new TestSite(CouncilTown.Files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal(CouncilTown.PersonalName, page.QuerySelector(".preparation span.personal-data")!.TextContent);
        // The decision's own pages alone, which search engines are asked not to index.
        Assert.Equal([CouncilTown.BoardPage, "sv/beslut/2025/hallitus-katto/index.html"], site.FilesContaining(CouncilTown.PersonalName));
        Assert.Equal(CouncilTown.SecretaryName, Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelector(".notes span.personal-data")!.TextContent);
    }

    [Fact]
    public void A_name_marked_in_a_title_stands_on_the_decisions_own_page_only_and_listings_feeds_and_data_show_the_placeholder_from_the_start()
    {
        // Titles such as "Oikaisuvaatimus, Matti Meikäläinen" are common, and a title is on every
        // listing, feed and data file, which search engines index and feed readers keep.
        var files = CouncilTown.Files.Replace("title: Koulun katon korjaus\n", $"title: \"Koulun katon korjaus, [[{CouncilTown.PersonalName}]]{{.personal}}\"\n", StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([CouncilTown.BoardPage, "sv/beslut/2025/hallitus-katto/index.html"], site.FilesContaining(CouncilTown.PersonalName));
        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal($"Koulun katon korjaus, {CouncilTown.PersonalName}", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith($"Koulun katon korjaus, {CouncilTown.PersonalName} – ", page.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("Koulun katon korjaus, [henkilötieto poistettu]", Html.Parse(site.Read("fi/index.html")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<title>Koulun katon korjaus, [henkilötieto poistettu]</title>", site.Read("fi/paatokset/atom.xml"), StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Koulun katon korjaus, [henkilötieto poistettu]\"", site.Read("fi/decisions.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_files_marked_place_and_names_stand_on_its_own_page_only_and_the_calendar_and_data_show_the_placeholder()
    {
        var files = CouncilTown.Files.Replace("place: Kaupungintalo, hallituksen kokoushuone\n", "place: \"Katselmus, [[Kalle Kuultava]]{.personal}n tila\"\n", StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The meeting's pages (the Swedish one shows the Finnish file, having none of its own), not indexed.
        string[] pages = [CouncilTown.BoardMeeting, "sv/moten/kaupunginhallitus/2025-03-03/index.html"];
        Assert.Equal(pages, site.FilesContaining("Kalle Kuultava"));
        Assert.Equal(pages, site.FilesContaining(CouncilTown.SecretaryName));
        Assert.All(pages, page => Assert.Equal("noindex", Html.Parse(site.Read(page)).QuerySelector("meta[name=robots]")!.GetAttribute("content")));
        Assert.Contains("Katselmus, [henkilötieto poistettu]n tila", site.Read("fi/meetings.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void From_the_day_after_the_last_day_the_name_is_in_no_output_file_and_a_placeholder_stands_in_its_place()
    {
        using var site = new TestSite(CouncilTown.Files);

        var result = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(site.FilesContaining(CouncilTown.PersonalName));
        Assert.Empty(site.FilesContaining("Meikäläinen]]"));
        Assert.Empty(site.FilesContaining(CouncilTown.SecretaryName));
        Assert.Contains("Katon kunnon tarkasti rakennusmestari [henkilötieto poistettu] helmikuussa.", Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".preparation")!.TextContent);
        Assert.Contains("[personuppgift borttagen]", site.Read("sv/beslut/2025/hallitus-katto/index.html"));
    }

    // Seen black-box: the page lost the name on the day after the last day, but its sitemap
    // lastmod stayed the minutes' day, so a crawler that fetches only what changed kept the copy
    // with the name. The feed entry never had the name (only the page shows it), so it keeps its day.
    [Fact]
    public void The_day_the_name_leaves_the_page_is_its_last_change_in_the_sitemap_and_its_feed_entry_stays_as_it_was()
    {
        using var site = new TestSite(CouncilTown.Files);
        var removed = IsoDate.Format(CouncilTown.LastDay.AddDays(1));
        var address = "https://paatokset.esimerkkila.example/" + CouncilTown.BoardPage.Replace("index.html", "", StringComparison.Ordinal);

        Assert.True(site.BuildOn(CouncilTown.LastDay).Succeeded);
        var before = Entry(site.Read("fi/paatokset/atom.xml"), address);
        Assert.True(site.BuildOn(CouncilTown.LastDay.AddDays(3)).Succeeded);

        Assert.Equal(removed, Lastmod(site.Read("sitemap.xml"), address));
        Assert.Equal(before, Entry(site.Read("fi/paatokset/atom.xml"), address));
    }

    // Seen black-box: a meeting page's marked attendee left it on the day after the last day, but
    // its lastmod stayed the minutes' day, so a crawler that had fetched the page kept the name.
    [Fact]
    public void The_day_a_name_leaves_a_meeting_page_is_its_last_change_in_the_sitemap()
    {
        using var site = new TestSite(CouncilTown.Files);
        var address = "https://paatokset.esimerkkila.example/" + CouncilTown.BoardMeeting.Replace("index.html", "", StringComparison.Ordinal);

        Assert.True(site.BuildOn(CouncilTown.LastDay.AddDays(3)).Succeeded);

        Assert.Equal(IsoDate.Format(CouncilTown.LastDay.AddDays(1)), Lastmod(site.Read("sitemap.xml"), address));
    }

    // A search engine's copy of a page outlives the page: one that indexed the name during the
    // appeal period would show it in its results and cache after the last day. So a decision page
    // that shows personal data asks not to be indexed, and the sitemap leaves it out, until the
    // day the data has left it; a page without marks is indexed as ever.
    [Fact]
    public void A_decision_or_meeting_page_that_shows_personal_data_asks_search_engines_not_to_index_it_until_the_data_has_left_it()
    {
        using var site = new TestSite(CouncilTown.Files);
        var board = "https://paatokset.esimerkkila.example/" + CouncilTown.BoardPage.Replace("index.html", "", StringComparison.Ordinal);
        var committee = "https://paatokset.esimerkkila.example/" + CouncilTown.CommitteePage.Replace("index.html", "", StringComparison.Ordinal);
        string? Robots(string page) => Html.Parse(site.Read(page)).QuerySelector("meta[name=robots]")?.GetAttribute("content");
        bool Listed(string address) => System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml")).Descendants().Any(e => e.Name.LocalName == "loc" && e.Value == address);

        Assert.True(site.BuildOn(CouncilTown.LastDay).Succeeded);
        Assert.Equal("noindex", Robots(CouncilTown.BoardPage));
        Assert.Equal("noindex", Robots("sv/beslut/2025/hallitus-katto/index.html"));
        Assert.False(Listed(board));
        Assert.Null(Robots(CouncilTown.CommitteePage));
        Assert.True(Listed(committee));
        Assert.NotNull(Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", Robots(CouncilTown.BoardMeeting));
        Assert.False(Listed("https://paatokset.esimerkkila.example/" + CouncilTown.BoardMeeting.Replace("index.html", "", StringComparison.Ordinal)));

        Assert.True(site.BuildOn(CouncilTown.LastDay.AddDays(1)).Succeeded);
        Assert.Null(Robots(CouncilTown.BoardPage));
        Assert.Null(Robots(CouncilTown.BoardMeeting));
        Assert.True(Listed(board));
    }

    // The marks of a title and a dissent's text are taken out of the texts before any page is made:
    // the page shows the name all the same, and must not be indexed while it does.
    [Theory]
    [InlineData("title: Koulun katon korjauksen valmistelu", "title: Koulun katon korjauksen valmistelu, tarkastaja [[Olli Tarkastaja]]{.personal}")]
    [InlineData("status: as_proposed", "status: as_proposed\ndissent: [{ name: Eero Esa, text: 'Tarkastaja [[Olli Tarkastaja]]{.personal} oli jäävi.' }]")]
    public void A_page_whose_only_mark_is_in_its_title_or_a_dissents_text_is_not_indexed_either(string line, string marked)
    {
        var files = CouncilTown.Files.Replace(line, marked, StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        Assert.True(site.BuildOn(CouncilTown.LastDay).Succeeded);

        Assert.Contains("Olli Tarkastaja", site.Read(CouncilTown.CommitteePage));
        Assert.Equal("noindex", Html.Parse(site.Read(CouncilTown.CommitteePage)).QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    // Seen black-box: the Swedish page, which writes no name, was offered with the Finnish page
    // that shows one as its hreflang alternate, so the sitemap named the address it leaves out.
    [Fact]
    public void The_sitemap_names_a_page_that_shows_personal_data_as_no_translations_alternate_until_the_data_has_left_it()
    {
        var files = CouncilTown.Files.Replace($"Takets skick granskades av byggmästare [[{CouncilTown.PersonalName}]]{{.personal}} i februari.", "Takets skick granskades i februari.", StringComparison.Ordinal)
            + "\n-- content/sv/meetings/kaupunginhallitus/2025-03-03.md --\n---\nnumber: 3/2025\nplace: Stadshuset\ntime: 16:00-18:00\nstatus: held\nminutes_public: 2025-03-07\n---\n";
        Assert.DoesNotContain("byggmästare", files, StringComparison.Ordinal);
        using var site = new TestSite(files);
        var root = "https://paatokset.esimerkkila.example/";
        string[] shown = [root + CouncilTown.BoardPage.Replace("index.html", "", StringComparison.Ordinal), root + CouncilTown.BoardMeeting.Replace("index.html", "", StringComparison.Ordinal)];
        var translations = new[] { root + "sv/beslut/2025/hallitus-katto/", root + "sv/moten/kaupunginhallitus/2025-03-03/" };
        IEnumerable<string> Alternates(string address) => System.Xml.Linq.XDocument.Parse(site.Read("sitemap.xml")).Descendants()
            .Single(e => e.Name.LocalName == "url" && e.Elements().Any(l => l.Name.LocalName == "loc" && l.Value == address))
            .Elements().Where(e => e.Name.LocalName == "link").Select(l => (string)l.Attribute("href")!);

        var result = site.BuildOn(CouncilTown.LastDay);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(translations, t => Assert.Empty(Alternates(t).Intersect(shown)));

        Assert.True(site.BuildOn(CouncilTown.LastDay.AddDays(1)).Succeeded);
        Assert.All(translations, t => Assert.Single(Alternates(t).Intersect(shown)));
    }

    // Seen black-box: the page was not indexed while it showed the data, but the files published
    // beside it (an application under 'personal: [attachments]', which another decision's page
    // may link) were, and a search engine's copy of a file outlives the file.
    [Fact]
    public void The_files_of_a_page_that_shows_personal_data_ask_search_engines_not_to_index_them_as_the_page_does()
    {
        var files = CouncilTown.Files + "\n-- content/fi/2025/avustus.md --\n" + Decisions.Finnish(
            title: "Avustus yhdistykselle", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\npersonal: [attachments]\nattachments: [{ title: Hakemus, file: hakemus.pdf }]")
            + "\n-- content/fi/2025/suunnitelma.md --\n" + Decisions.Finnish(
            title: "Suunnitelma", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14\nattachments: [{ title: Suunnitelma, file: suunnitelma.pdf }]");
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/hakemus.pdf", TestPdf.Of("Hakemus"));
        site.WriteBytes("content/fi/2025/suunnitelma.pdf", TestPdf.Of("Suunnitelma"));
        IEnumerable<string> Robots(string path) => DecisionsPortal.Serving.HostHeaders.Parse(site.Read("_headers")).For(path)
            .Where(h => h.Key == "X-Robots-Tag").Select(h => h.Value);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["noindex"], Robots("/fi/paatokset/2025/avustus/hakemus.pdf"));
        Assert.Empty(Robots("/fi/paatokset/2025/suunnitelma/suunnitelma.pdf"));
        Assert.Empty(Robots("/fi/paatokset/2025/avustus/"));
    }

    private static string Lastmod(string sitemap, string address) =>
        System.Xml.Linq.XDocument.Parse(sitemap).Descendants().Single(e => e.Name.LocalName == "url" && e.Elements().Any(l => l.Name.LocalName == "loc" && l.Value == address))
            .Elements().Single(e => e.Name.LocalName == "lastmod").Value;

    private static string Entry(string feed, string address) =>
        System.Xml.Linq.XDocument.Parse(feed).Descendants().Single(e => e.Name.LocalName == "entry" && e.Elements().Any(l => l.Name.LocalName == "link" && (string?)l.Attribute("href") == address))
            .ToString();

    // Seen black-box: a link's title showed the mark as written, brackets and class, to whoever
    // pointed at the link; the placeholder replaced it after the last day, as it should.
    [Fact]
    public void A_mark_in_a_links_or_images_title_shows_its_words_on_the_page_as_a_mark_elsewhere_does()
    {
        var mark = "[[" + CouncilTown.PersonalName + "]]{.personal}";
        var files = CouncilTown.Files.Replace("helmikuussa.", $"helmikuussa ([lausunto](https://example.org/lausunto \"Tarkastaja {mark}\"), [kuntoarvio][k]).\n\n[k]: https://example.org/arvio \"{mark}\"\n", StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        Assert.True(site.BuildOn(CouncilTown.LastDay).Succeeded);
        var links = Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelectorAll(".preparation a[href^='https://example.org/']");
        Assert.Equal([$"Tarkastaja {CouncilTown.PersonalName}", CouncilTown.PersonalName], links.Select(a => a.GetAttribute("title")));

        Assert.True(site.BuildOn(CouncilTown.LastDay.AddDays(1)).Succeeded);
        links = Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelectorAll(".preparation a[href^='https://example.org/']");
        Assert.Equal(["Tarkastaja [henkilötieto poistettu]", "[henkilötieto poistettu]"], links.Select(a => a.GetAttribute("title")));
    }

    [Fact]
    public void A_mark_in_code_shows_its_name_as_a_mark_elsewhere_does_then_the_placeholder_as_written_without_backslashes()
    {
        var mark = "[[" + CouncilTown.PersonalName + "]]{.personal}";
        var files = CouncilTown.Files.Replace("helmikuussa.", $"helmikuussa (tunnus `{mark}`).\n\n```\nTarkastaja: {mark}\n```\n", StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded);
        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal(CouncilTown.PersonalName, page.QuerySelector(".preparation p code")!.TextContent);
        Assert.Equal($"Tarkastaja: {CouncilTown.PersonalName}\n", page.QuerySelector(".preparation pre code")!.TextContent);
        Assert.DoesNotContain("{.personal}", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        // Search reads the decision as it will be after the last day, as every output but the page does.
        Assert.Contains("rakennusmestari [henkilötieto poistettu] helmikuussa (tunnus [henkilötieto poistettu]). Tarkastaja: [henkilötieto poistettu]", SearchText(before), StringComparison.Ordinal);

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded);
        Assert.Empty(site.FilesContaining(CouncilTown.PersonalName));
        page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.Equal("[henkilötieto poistettu]", page.QuerySelector(".preparation p code")!.TextContent);
        Assert.Equal("Tarkastaja: [henkilötieto poistettu]\n", page.QuerySelector(".preparation pre code")!.TextContent);
        Assert.Contains("rakennusmestari [henkilötieto poistettu] helmikuussa", page.QuerySelector(".preparation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("rakennusmestari [henkilötieto poistettu] helmikuussa (tunnus [henkilötieto poistettu]). Tarkastaja: [henkilötieto poistettu]", SearchText(after), StringComparison.Ordinal);
    }

    private static string SearchText(BuildResult result) =>
        SearchDocuments.Of(result.Site!, result.Site!.Decisions.Single(p => p.Path + "index.html" == CouncilTown.BoardPage)).Text;

    [Fact]
    public void From_the_day_after_the_last_day_search_no_longer_reads_the_decisions_attachments()
    {
        // The words of a file that may hold the marked person's data in forms no check sees (a
        // scan, an inflection) stay searchable for ever otherwise: an index shard is cached under its hash.
        var files = CouncilTown.Files.Replace("section: 12\nstatus: amended\n", "section: 12\nstatus: amended\nattachments: [{ title: Kuntoarvio, file: kuntoarvio.pdf }]\n", StringComparison.Ordinal);
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/kuntoarvio.pdf", TestPdf.Of("Vesikaton kuntoarvio zqxwtarkastus"));
        site.WriteBytes("content/sv/2025/kuntoarvio.pdf", TestPdf.Of("Takets skick zqxwgranskning"));

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        Assert.Contains(before.Site!.Decisions, p => p.Path + "index.html" == CouncilTown.BoardPage);
        Assert.Contains(site.FilesContaining("zqxwtarkastu"), f => f.StartsWith("search/fi/", StringComparison.Ordinal));
        Assert.Contains(site.FilesContaining("zqxwgransk"), f => f.StartsWith("search/sv/", StringComparison.Ordinal));

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Empty(site.FilesContaining("zqxwtarkastu"));
        Assert.Empty(site.FilesContaining("zqxwgransk"));
        // The file itself is still published: its decision does not withhold its attachments.
        Assert.True(site.Exists("fi/paatokset/2025/hallitus-katto/kuntoarvio.pdf"));
    }

    [Fact]
    public void The_model_itself_holds_only_the_redacted_text_so_no_producer_can_publish_the_name()
    {
        using var site = new TestSite(CouncilTown.Files);

        var model = site.BuildOn(CouncilTown.LastDay.AddDays(1)).Site!;

        Assert.All(model.Decisions, page => Assert.DoesNotContain(CouncilTown.PersonalName, page.Decision.Markdown));
    }

    [Fact]
    public void A_field_listed_in_personal_is_replaced_whole_and_names_leave_the_votes()
    {
        var files = CouncilTown.Files.Replace("section: 12\nstatus: amended\nvotes", "section: 12\nstatus: amended\npersonal: [votes, dissent]\nvotes");
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        site.BuildOn(CouncilTown.LastDay.AddDays(1));

        var page = Html.Parse(site.Read(CouncilTown.BoardPage));
        Assert.DoesNotContain("Eero Esa", page.QuerySelector("article")!.TextContent);
        Assert.Empty(site.FilesContaining("Katto pitäisi uusia kokonaan"));
        Assert.Equal("[henkilötieto poistettu]", page.QuerySelector(".dissent li")!.TextContent);
        Assert.Equal("2", page.QuerySelector(".votes tr.votes-against td")!.TextContent);
    }

    [Fact]
    public void Attachments_listed_in_personal_leave_with_the_links_and_images_of_the_text_and_the_build_still_succeeds()
    {
        // The text shows and links its own attachments, and another decision links one of them: all
        // valid while the attachments are published. A build after the appeal period that failed on
        // them would leave the previous output, attachments and all, on the site.
        var files = CouncilTown.Files + "\n-- content/fi/2025/avustus.md --\n" + Decisions.Finnish(
            title: "Avustus yhdistykselle", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\npersonal: [attachments]\nattachments: [{ title: Hakemus, file: hakemus.pdf }, { title: Kartta, file: kartta.png }]",
            text: "Yhdistys haki avustusta ([hakemuksessa](hakemus.pdf) mainitut kulut).\n\n![Toimipaikan kartta](kartta.png)")
            + "\n-- content/fi/2025/seuranta.md --\n" + Decisions.Finnish(
            title: "Avustuksen seuranta", date: "2025-03-03",
            // The text first published, kept after a correction, links them too.
            extra: "meeting: 3/2025\nsection: 14\nupdated: 2025-03-10\ndecision: Hyväksyttiin.\nprevious: |\n  Hyväksyttiin [hakemuksen](../avustus/hakemus.pdf) ja [sen liitteen][k] mukaisesti.\n\n  ![Kartta](../avustus/kartta.png)\n\n  [k]: ../avustus/kartta.png",
            text: "Katso [hakemus](../avustus/hakemus.pdf).\n\nMyös [liitteessä][h].\n\n[h]: ../avustus/hakemus.pdf");
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/hakemus.pdf", TestPdf.Of("Hakija Zqwhenkilö"));
        site.WriteBytes("content/fi/2025/kartta.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        var page = Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelector(".preparation")!;
        Assert.Equal("hakemus.pdf", page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("kartta.png", page.QuerySelector("img")!.GetAttribute("src"));
        Assert.Contains("../avustus/kartta.png", site.Read("fi/paatokset/2025/seuranta/index.json"), StringComparison.Ordinal);

        // Published beside the page, which lists them; the open data lists them in no day (a data
        // user's copy of a file with personal data would outlive its last day).
        Assert.True(site.Exists("fi/paatokset/2025/avustus/hakemus.pdf"));
        Assert.Equal(["/fi/paatokset/2025/avustus/hakemus.pdf", "/fi/paatokset/2025/avustus/kartta.png"], Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelectorAll(".attachments a").Select(a => a.GetAttribute("href")));
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(site.Read("fi/paatokset/2025/avustus/index.json")).RootElement.GetProperty("attachments").GetArrayLength());
        Assert.DoesNotContain("avustus/hakemus.pdf", site.Read("fi/decisions.json"), StringComparison.Ordinal);

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.False(site.Exists("fi/paatokset/2025/avustus/hakemus.pdf"));
        Assert.False(site.Exists("fi/paatokset/2025/avustus/kartta.png"));
        page = Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelector(".preparation")!;
        Assert.Null(page.QuerySelector("a"));
        Assert.Null(page.QuerySelector("img"));
        Assert.Contains("Yhdistys haki avustusta (hakemuksessa mainitut kulut).", page.TextContent, StringComparison.Ordinal);
        var other = Html.Parse(site.Read("fi/paatokset/2025/seuranta/index.html")).QuerySelector(".preparation")!;
        Assert.Null(other.QuerySelector("a"));
        Assert.Contains("Katso hakemus.", other.TextContent, StringComparison.Ordinal);
        Assert.Contains("Myös liitteessä.", other.TextContent, StringComparison.Ordinal);

        // Nor in the open data, which carries the texts as Markdown: a file's name may be personal data too.
        Assert.Empty(site.FilesContaining("hakemus.pdf"));
        Assert.Empty(site.FilesContaining("kartta.png"));
        Assert.Contains("Yhdistys haki avustusta (hakemuksessa mainitut kulut).", site.Read("fi/paatokset/2025/avustus/index.json"), StringComparison.Ordinal);
        Assert.Contains("Hyväksyttiin hakemuksen ja sen liitteen mukaisesti.", site.Read("fi/paatokset/2025/seuranta/index.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_or_image_to_a_withheld_attachment_by_the_sites_own_address_leaves_the_page_and_the_open_data()
    {
        // Written as the attachment's address on the site, not relative to the page: not checked as a
        // relative one is, so the page kept the link (and the file's name) after the last day.
        var files = CouncilTown.Files + "\n-- content/fi/2025/avustus.md --\n" + Decisions.Finnish(
            title: "Avustus yhdistykselle", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\npersonal: [attachments]\nattachments: [{ title: Hakemus, file: hakemus-zqhakija.pdf }, { title: Kartta, file: kartta-zqkartta.png }]",
            text: "Katso [hakemus](/fi/paatokset/2025/avustus/hakemus-zqhakija.pdf) ja [sama](https://paatokset.esimerkkila.example/fi/paatokset/2025/avustus/hakemus-zqhakija.pdf#sivu=2).\n\n![Kartta](/fi/paatokset/2025/avustus/kartta-zqkartta.png)");
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/hakemus-zqhakija.pdf", TestPdf.Of("Hakija"));
        site.WriteBytes("content/fi/2025/kartta-zqkartta.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        Assert.NotEmpty(site.FilesContaining("zqhakija"));

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Empty(site.FilesContaining("zqhakija"));
        Assert.Empty(site.FilesContaining("zqkartta"));
        Assert.Contains("Katso hakemus ja sama.", Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelector(".preparation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_autolink_to_a_withheld_attachment_leaves_the_page_and_the_open_data_address_and_all()
    {
        // An autolink's words are its address: unlinked, the file's name would stay as text.
        var files = CouncilTown.Files + "\n-- content/fi/2025/avustus.md --\n" + Decisions.Finnish(
            title: "Avustus yhdistykselle", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\npersonal: [attachments]\nattachments: [{ title: Hakemus, file: hakemus-zqhakija.pdf }]",
            text: "Hakemus: <https://paatokset.esimerkkila.example/fi/paatokset/2025/avustus/hakemus-zqhakija.pdf> ja https://paatokset.esimerkkila.example/fi/paatokset/2025/avustus/hakemus-zqhakija.pdf liitteenä.");
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/hakemus-zqhakija.pdf", TestPdf.Of("Hakija"));

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        Assert.NotEmpty(site.FilesContaining("zqhakija"));

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Empty(site.FilesContaining("zqhakija"));
        Assert.Contains("Hakemus:", Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelector(".preparation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("liitteenä.", Html.Parse(site.Read("fi/paatokset/2025/avustus/index.html")).QuerySelector(".preparation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_open_data_names_no_file_kept_off_the_site_by_a_link_that_is_not_on_the_page()
    {
        // 'previous:' links are not checked as the page's are, and a link definition no link uses
        // is not on the page at all: the open data still carried a withheld file's name by them.
        var files = CouncilTown.Files + "\n-- content/fi/2025/avustus.md --\n" + Decisions.Finnish(
            title: "Avustus yhdistykselle", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 13\npersonal: [attachments]\nattachments: [{ title: Hakemus, file: hakemus-zqhakija.pdf }]",
            text: "Yhdistys haki avustusta ([hakemuksessa](hakemus-zqhakija.pdf) mainitut kulut).\n\n[h]: ./hakemus-zqhakija.pdf")
            + "\n-- content/fi/2025/salainen.md --\n" + Decisions.Finnish(
            title: "Salainen asia", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 15\nconfidential: true\nattachments: [{ title: Liite, file: liite-zqsalainen.pdf }]",
            text: "Salainen.")
            + "\n-- content/fi/2025/seuranta.md --\n" + Decisions.Finnish(
            title: "Avustuksen seuranta", date: "2025-03-03",
            extra: "meeting: 3/2025\nsection: 14\nupdated: 2025-03-10\ndecision: Hyväksyttiin.\nprevious: |\n  Hyväksyttiin [hakemuksen](../avustus/HAKEMUS-ZQHAKIJA.pdf) ja [liitteen](../salainen/liite-zqsalainen.pdf) mukaisesti.\n\n  [k]: ../avustus/./hakemus-zqhakija.pdf",
            text: "Seuranta.");
        using var site = new TestSite(files);
        site.WriteBytes("content/fi/2025/hakemus-zqhakija.pdf", TestPdf.Of("Hakija"));
        site.WriteBytes("content/fi/2025/liite-zqsalainen.pdf", TestPdf.Of("Salainen"));

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Empty(site.FilesContaining("zqhakija"));
        Assert.Empty(site.FilesContaining("ZQHAKIJA"));
        Assert.Empty(site.FilesContaining("zqsalainen"));
        Assert.Contains("Hyväksyttiin hakemuksen ja liitteen mukaisesti.", site.Read("fi/paatokset/2025/seuranta/index.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_files_marks_expire_with_the_minutes_of_its_translation_when_it_gives_no_day_of_its_own()
    {
        // The Swedish decisions of the meeting already expire on the Finnish minutes' day; their
        // meeting file's marks must not outlive them.
        var files = CouncilTown.Files + """

            -- content/sv/meetings/kaupunginhallitus/2025-03-03.md --
            ---
            number: 3/2025
            place: Stadshuset
            attendees: [{ name: "[[Sven Sekreterare]]{.personal}", role: sekreterare }]
            ---
            Protokollet fördes av [[Stina Skrivare]]{.personal}.
            """;
        using var site = new TestSite(files);

        var before = site.BuildOn(CouncilTown.LastDay);

        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        Assert.Contains("sv/moten/kaupunginhallitus/2025-03-03/index.html", site.FilesContaining("Stina Skrivare"));
        Assert.Contains("sv/moten/kaupunginhallitus/2025-03-03/index.html", site.FilesContaining("Sven Sekreterare"));
        Assert.DoesNotContain(before.Diagnostics, d => d.Code == "DP0053");

        var after = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
        Assert.Empty(site.FilesContaining("Stina Skrivare"));
        Assert.Empty(site.FilesContaining("Sven Sekreterare"));
        Assert.Contains("[personuppgift borttagen]", Html.Parse(site.Read("sv/moten/kaupunginhallitus/2025-03-03/index.html")).QuerySelector(".notes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_when_each_piece_of_personal_data_expires_without_printing_it()
    {
        using var site = new TestSite(CouncilTown.Files);
        var stdout = new StringWriter();

        var exit = DecisionsPortal.Cli.CommandLine.Run(["check", "--config", site.ConfigPath, "--build-date", "2025-03-20"], stdout, new StringWriter());

        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n').Where(l => l.Contains("info:")).ToList();
        Assert.Contains(lines, l => l.Contains("content/fi/2025/hallitus-katto.md(15,1): info: personal data in the text expires on 2025-03-29"));
        Assert.Contains(lines, l => l.Contains("content/sv/2025/hallitus-katto.md") && l.Contains("expires on 2025-03-29"));
        Assert.DoesNotContain(CouncilTown.PersonalName, stdout.ToString());
    }

    [Fact]
    public void Personal_data_that_cannot_expire_is_a_warning()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(text: "Paikalla oli [[Maija Mallikas]]{.personal}."));

        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == "DP0053");

        Assert.Equal(10, warning.Location.Line);
        Assert.Contains("minutes_public", warning.Message);
    }

    [Fact]
    public void A_name_marked_in_a_dissent_is_shown_plainly_and_later_replaced()
    {
        var files = CouncilTown.Files.Replace(
            "dissent: [{ name: Eero Esa, text: Katto pitäisi uusia kokonaan. }]",
            "dissent:\n  - name: Eero Esa\n    text: \"Asukas [[Kalle Kantaja]]{.personal} valitti asiasta.\"");
        Assert.NotEqual(CouncilTown.Files, files);
        using var site = new TestSite(files);

        site.BuildOn(CouncilTown.LastDay);
        var before = Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".dissent li")!.TextContent;
        site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.Equal("Eero Esa: Asukas Kalle Kantaja valitti asiasta.", before);
        Assert.Empty(site.FilesContaining("Kalle Kantaja"));
        Assert.Equal("Eero Esa: Asukas [henkilötieto poistettu] valitti asiasta.", Html.Parse(site.Read(CouncilTown.BoardPage)).QuerySelector(".dissent li")!.TextContent);
    }

    // One decision, one meeting: however its translations' files disagree, no language may keep
    // personal data longer than another, so all of them take it off by the earliest last day.
    private static string Translated(string fiMinutes, string svMinutes, string fiExtra = "", string svExtra = "") =>
        "-- site.yml --\n" + TestSite.DefaultConfig.Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: rectification }", StringComparison.Ordinal)
        + "\neditor_language: en\n"
        + "-- content/fi/2025/a.md --\n" + Decisions.Finnish(date: "2025-02-03", extra: fiExtra, text: "Korvaus maksetaan [[Asukas Anttila]]{.personal}.")
        + "\n-- content/sv/2025/a.md --\n" + Decisions.Swedish(date: "2025-02-03", extra: svExtra, text: "Ersättning betalas till [[Asukas Anttila]]{.personal}.")
        + $"\n-- content/fi/meetings/kaupunginhallitus/2025-02-03.md --\n---\nplace: Kaupungintalo\nminutes_public: {fiMinutes}\n---\nPöytäkirjan piti [[Sihteeri Saarinen]]{{.personal}}.\n"
        + $"-- content/sv/meetings/kaupunginhallitus/2025-02-03.md --\n---\nplace: Stadshuset\nminutes_public: {svMinutes}\n---\nProtokollet fördes av [[Sihteeri Saarinen]]{{.personal}}.\n";

    [Fact]
    public void Meeting_files_that_disagree_on_minutes_public_take_the_personal_data_of_both_languages_off_by_the_earlier_day()
    {
        // Finnish: the last day is 2025-02-26; Swedish: 2025-03-24.
        using var site = new TestSite(Translated("2025-02-05", "2025-03-01"));

        var result = site.BuildOn(new DateOnly(2025, 3, 10));

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "DP0180" && !d.IsError);
        Assert.Empty(site.FilesContaining("Asukas Anttila"));
        Assert.Empty(site.FilesContaining("Sihteeri Saarinen"));
        Assert.Contains("[personuppgift borttagen]", site.Read("sv/moten/kaupunginhallitus/2025-02-03/index.html"));
    }

    [Fact]
    public void Translations_that_disagree_on_the_appeal_take_the_personal_data_of_both_languages_off_by_the_shorter_period()
    {
        // Rectification: the last day is 2025-04-09; a municipal appeal: 2025-04-25.
        using var site = new TestSite(Translated("2025-03-19", "2025-03-19", svExtra: "appeal: municipal"));

        var result = site.BuildOn(new DateOnly(2025, 4, 15));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "DP0181" && !d.IsError);
        Assert.Empty(site.FilesContaining("Asukas Anttila"));
        Assert.Contains("[personuppgift borttagen]", site.Read("sv/beslut/2025/a/index.html"));
    }

    [Fact]
    public void Translations_that_disagree_build_with_warnings_once_their_days_have_passed_in_both_languages()
    {
        using var site = new TestSite(Translated("2025-02-05", "2025-03-01", svExtra: "appeal: municipal"));

        var result = site.BuildOn(new DateOnly(2026, 1, 5));

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Empty(site.FilesContaining("Asukas Anttila"));
    }
}
