using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A meeting file's notes are staff text on a public page as a decision's text is: a link in them
/// must not name a file the site never publishes, nor keep one the build date has withdrawn.
/// </summary>
public sealed class MeetingNoteLinkTests
{
    private const string Note = "Pöytäkirjanpitäjänä toimi [[" + CouncilTown.SecretaryName + "]]{.personal}.";

    // Seen black-box: each of these reached the meeting's public page as it was written.
    [Theory]
    [InlineData("[kauppakirja](../../../paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](https://paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf#sivu=2)")]
    [InlineData("<https://paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf>")]
    [InlineData("![kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/Kiinteistokauppa/Kauppakirja.PDF)")]
    [InlineData("[kauppakirja](//paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja%2Epdf)")]
    [InlineData("[kauppakirja](https://paatokset.esimerkkila.example./fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](/fi/paatokset//2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](https://paatokset.esimerkkila.example//fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](/.//fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)")]
    [InlineData("[kauppakirja](../../../paatokset/2025/kiinteistokauppa//kauppakirja.pdf)")]
    [InlineData("[kauppakirja](../../../paatokset/2025/kiinteistokauppa/kauppakirja.pdf.)")]
    [InlineData("[kauppakirja](../../../paatokset/2025/kiinteistokauppa/kauppakirja.pdf%20)")]
    [InlineData("[kauppakirja](/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf%2E)")]
    [InlineData("[kauppakirja](https://paatokset.esimerkkila.example/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf.%20.)")]
    public void A_link_in_a_meeting_note_to_a_confidential_decisions_attachment_is_an_error(string link)
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} Katso {link}."));

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(link.StartsWith('!') ? "DP0175" : "DP0176", error.Code);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus/2025-03-03.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(12, error.Location.Line);
        Assert.Contains("confidential decision, which is never published", error.Message, StringComparison.Ordinal);
    }

    // An attendee's role is on the meeting's page and in its data, as the notes are.
    [Fact]
    public void A_confidential_decisions_attachment_named_in_an_attendees_role_is_an_error()
    {
        using var site = new TestSite(CouncilTown.Files.Replace("role: puheenjohtaja }", "role: puheenjohtaja kauppakirja.pdf }"));

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.Contains(result.Diagnostics, d => d.Code == "DP0250" && d.Location.Path.EndsWith(".md", StringComparison.Ordinal) && d.Location.Path.Contains("/meetings/", StringComparison.Ordinal));
    }

    // Seen on main: a note's link to a file no decision publishes in a decision's folder passed as a dead link.
    [Theory]
    [InlineData("[pöytäkirjan liite](/fi/paatokset/2025/hallitus-katto/puuttuu.pdf)")]
    [InlineData("[pöytäkirjan liite](../../../paatokset/2025/hallitus-katto/puuttuu.pdf)")]
    [InlineData("![kaavio](/fi/paatokset/2025/hallitus-katto/kaavio.png)")]
    public void A_link_in_a_meeting_note_to_a_file_the_site_does_not_publish_is_an_error(string link)
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} Katso {link}."));

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((link.StartsWith('!') ? "DP0175" : "DP0176", 12), (error.Code, error.Location.Line));
        Assert.Contains("a file the site does not publish", error.Message, StringComparison.Ordinal);
    }

    // A host with letters such as ä has two spellings, and a browser opens either as the same
    // site: an editor copies the address bar's, while base_url may hold the other.
    [Theory]
    [InlineData("https://päätökset.esimerkkilä.example/", "https://xn--ptkset-buaa7n.xn--esimerkkil-z5a.example")]
    [InlineData("https://xn--ptkset-buaa7n.xn--esimerkkil-z5a.example/", "https://PÄÄTÖKSET.esimerkkilä.example")]
    [InlineData("https://päätökset.esimerkkilä.example/", "https://pa\u0308a\u0308to\u0308kset.esimerkkila\u0308.example")]
    [InlineData("https://päätökset.esimerkkilä.example/", "https://p%C3%A4%C3%A4t%C3%B6kset.esimerkkil%C3%A4.example")]
    public void A_link_to_a_confidential_attachment_by_the_other_spelling_of_the_sites_host_is_an_error(string baseUrl, string host)
    {
        var link = $"[kauppakirja]({host}/fi/paatokset/2025/kiinteistokauppa/kauppakirja.pdf)";
        using var site = new TestSite(CouncilTown.Files
            .Replace("base_url: https://paatokset.esimerkkila.example/", "base_url: " + baseUrl)
            .Replace(Note, $"{Note} Katso {link}."));

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.Equal("DP0176", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // A decision's text is refused such an image (DP0174); a meeting's notes showed it, and the
    // other site learnt who read the meeting's page.
    [Theory]
    [InlineData("![kartta](https://kartat.example.com/kemi.png)")]
    [InlineData("![kartta](//kartat.example.com/kemi.png)")]
    public void An_image_from_another_site_in_a_meeting_note_is_an_error(string image)
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} {image}"));

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0174", error.Code);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus/2025-03-03.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(12, error.Location.Line);
        Assert.StartsWith($"the image '{image[10..^1]}' is on another site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_of_the_site_itself_written_whole_in_a_meeting_note_is_no_error()
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} ![logo](https://paatokset.esimerkkila.example/favicon.svg)"));

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("[liite](../../../paatokset/2025/peruttu/peruttu-liite.pdf)")]
    [InlineData("[liite](/fi/paatokset/2025/Peruttu/peruttu-liite.pdf)")]
    [InlineData("[liite](https://paatokset.esimerkkila.example/fi/paatokset/2025/peruttu/peruttu-liite.pdf)")]
    public void A_link_in_a_meeting_note_to_a_withdrawn_decisions_attachment_is_an_error(string link)
    {
        using var site = new TestSite(Withdrawn(CouncilTown.Files.Replace(Note, $"{Note} Katso {link}.")));

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0176", error.Code);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus/2025-03-03.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("withdrawn decision", error.Message, StringComparison.Ordinal);
    }

    // The decision text's own check caught the relative link only, and told the editor to list the file.
    [Theory]
    [InlineData("[liite](/fi/paatokset/2025/peruttu/peruttu-liite.pdf)")]
    [InlineData("[liite](https://paatokset.esimerkkila.example/fi/paatokset/2025/Peruttu/Peruttu-liite.pdf)")]
    [InlineData("[liite](../peruttu/peruttu-liite.pdf)")]
    [InlineData("[liite](/fi/paatokset/2025/peruttu/peruttu-liite.pdf;jsessionid=1)")]
    [InlineData("[liite](/sv/beslut/2025/peruttu/peruttu-liite.pdf%252E)")]
    public void A_link_in_a_decision_to_a_withdrawn_decisions_attachment_is_an_error(string link)
    {
        var files = Withdrawn(CouncilTown.Files) + "\n-- content/fi/2025/toinen.md --\n"
            + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14", text: $"Katso {link}.");
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("content/fi/2025/toinen.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("withdrawn decision", error.Message, StringComparison.Ordinal);
    }

    // The place is on the meeting's page, in its data and the calendar, after the file's last day too.
    [Fact]
    public void An_expiring_attachments_name_in_a_meetings_place_is_an_error_from_the_start()
    {
        var files = CouncilTown.Files
            .Replace("status: amended\nvotes:", "status: amended\npersonal: [attachments]\nattachments: [{ title: Lausunto, file: lausunto-virtanen.pdf }]\nvotes:")
            .Replace("place: Kaupungintalo, hallituksen kokoushuone", "place: \"<a href='../../../paatokset/2025/hallitus-katto/lausunto-virtanen.pdf'>Kaupungintalo</a>\"")
            + "\n-- content/fi/2025/lausunto-virtanen.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.Equal("DP0253", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    // As in a decision's text, an attachment the build date withholds must not fail the build that
    // takes it off the site: the link goes, its words stay.
    [Fact]
    public void A_link_in_a_meeting_note_to_an_attachment_past_its_appeal_period_loses_its_address_the_day_after()
    {
        var files = CouncilTown.Files
            .Replace("status: amended\nvotes:", "status: amended\npersonal: [attachments]\nattachments: [{ title: Lausunto, file: lausunto.pdf }]\nvotes:")
            .Replace(Note, $"{Note} Katso [lausunto](/fi/paatokset/2025/hallitus-katto/lausunto.pdf).")
            + "\n-- content/fi/2025/lausunto.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var lastDay = site.BuildOn(CouncilTown.LastDay);
        Assert.True(lastDay.Succeeded, string.Join("\n", lastDay.Diagnostics));
        Assert.Contains("lausunto.pdf", site.Read(CouncilTown.BoardMeeting), StringComparison.Ordinal);

        var result = site.BuildOn(CouncilTown.LastDay.AddDays(1));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(site.Exists("fi/paatokset/2025/hallitus-katto/lausunto.pdf"));
        Assert.Empty(site.FilesContaining("lausunto.pdf"));
        Assert.Contains("Katso lausunto.", Html.Parse(site.Read(CouncilTown.BoardMeeting)).Body!.TextContent, StringComparison.Ordinal);
    }

    // Seen black-box: a draft's attachment is not published until the draft is, and a meeting's
    // page (a decision's too, where the link was written as the file's address on the site) named
    // it in a link that led nowhere, without a word. The link loses its address and warns, as one
    // to an attachment the build date withholds: the draft may be published tomorrow.
    [Theory]
    [InlineData("meeting", "[hakemus](../../../paatokset/2025/luonnos/luonnos-hakemus.pdf)")]
    [InlineData("meeting", "[hakemus](https://paatokset.esimerkkila.example/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf)")]
    [InlineData("decision", "[hakemus](/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf)")]
    [InlineData("decision", "[hakemus](../luonnos/luonnos-hakemus.pdf)")]
    public void A_link_to_a_drafts_attachment_loses_its_address_with_a_warning(string where, string link)
    {
        var files = (where == "meeting" ? CouncilTown.Files.Replace(Note, $"{Note} Katso {link}.") : CouncilTown.Files + "\n-- content/fi/2025/toinen.md --\n"
                + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14", text: $"Katso {link}."))
            + "\n-- content/fi/2025/luonnos.md --\n" + Decisions.Finnish(title: "Luonnos", date: "2025-03-03", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]")
            + "\n-- content/fi/2025/luonnos-hakemus.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP0186");
        Assert.EndsWith(where == "meeting" ? "content/fi/meetings/kaupunginhallitus/2025-03-03.md" : "content/fi/2025/toinen.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Empty(site.FilesContaining("luonnos-hakemus"));
    }

    // Raw HTML is published as written, address and name (the page shows it as text): it cannot
    // lose its address as a Markdown link does, so a raw link to a draft's attachment is an error,
    // not DP0186's promise of a link without its address.
    [Theory]
    [InlineData("meeting", "<a href=\"/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("decision", "<a href=\"/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("decision", "<a\nhref=\"../luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("meeting", "<a\n  href=\n\"/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus%2Epdf\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus%252Epdf\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus.pdf.\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus.pdf/\">hakemus</a>")]
    [InlineData("decision", "<a href=\"../luonnos/luonnos-hakemus&period;pdf\">hakemus</a>")]
    [InlineData("decision", "<a title=\"a>b\" href=\"../luonnos/luonnos-hakemus.pdf\">hakemus</a>")]
    [InlineData("decision", "<iframe src=\"../luonnos/luonnos-hakemus.pdf\"></iframe>")]
    [InlineData("decision", "<object data=\"../luonnos/luonnos-hakemus.pdf\"></object>")]
    [InlineData("decision", "<embed src=\"../luonnos/luonnos-hakemus.pdf\">")]
    [InlineData("decision", "<video poster=\"../luonnos/luonnos-hakemus.pdf\"></video>")]
    [InlineData("decision", "<form action=\"../luonnos/luonnos-hakemus.pdf\"></form>")]
    [InlineData("decision", "<img srcset=\"https://kuvat.example.org/kuva.png 1x, ../luonnos/luonnos-hakemus.pdf 2x\">")]
    [InlineData("decision", "<source data-src=\"../luonnos/luonnos-hakemus.pdf\">")]
    [InlineData("meeting", "<iframe\nsrc=\"/fi/paatokset/2025/luonnos/luonnos-hakemus.pdf.\"></iframe>")]
    public void A_raw_html_link_to_a_drafts_attachment_is_an_error(string where, string link)
    {
        var files = (where == "meeting" ? CouncilTown.Files.Replace(Note, $"{Note} Katso {link}.") : CouncilTown.Files + "\n-- content/fi/2025/toinen.md --\n"
                + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14", text: $"Katso {link}."))
            + "\n-- content/fi/2025/luonnos.md --\n" + Decisions.Finnish(title: "Luonnos", date: "2025-03-03", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]")
            + "\n-- content/fi/2025/luonnos-hakemus.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0252", error.Code);
        Assert.EndsWith(where == "meeting" ? "content/fi/meetings/kaupunginhallitus/2025-03-03.md" : "content/fi/2025/toinen.md", error.Location.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "DP0186");
    }

    // The title, an attachment's title and a dissent are shown as text as raw HTML is, address and all.
    [Theory]
    [InlineData("title: Toinen <a href=\"../luonnos/luonnos-hakemus.pdf\">hakemus</a>", 2)]
    [InlineData("title: Toinen\nattachments: [{ title: 'Liite <iframe src=\"../luonnos/luonnos-hakemus.pdf\">', file: liite.pdf }]", 3)]
    [InlineData("title: Toinen\ndissent: [{ name: Maija Meikäläinen, text: 'Katso <a href=\"../luonnos/luonnos-hakemus.pdf\">' }]", 3)]
    public void A_raw_html_link_to_a_drafts_attachment_in_a_field_shown_as_text_is_an_error(string fields, int line)
    {
        var files = CouncilTown.Files + "\n-- content/fi/2025/toinen.md --\n"
            + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14").Replace("title: Toinen", fields)
            + "\n-- content/fi/2025/liite.pdf --\n%PDF-1.4\n"
            + "\n-- content/fi/2025/luonnos.md --\n" + Decisions.Finnish(title: "Luonnos", date: "2025-03-03", extra: "draft: true\nattachments: [{ title: Hakemus, file: luonnos-hakemus.pdf }]")
            + "\n-- content/fi/2025/luonnos-hakemus.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0252", error.Code);
        Assert.EndsWith("content/fi/2025/toinen.md", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(line, error.Location.Line);
    }

    // Before the last day as after it: an error first seen by the nightly build after that day would
    // fail it, and a failed build leaves the old site online, the expired file with it.
    [Theory]
    [InlineData("meeting")]
    [InlineData("decision")]
    public void A_raw_html_link_to_an_attachment_under_personal_is_an_error_before_and_after_its_last_day(string where)
    {
        const string link = "<a href=\"/fi/paatokset/2025/hallitus-katto/lausunto.pdf\">lausunto</a>";
        var files = (where == "meeting" ? CouncilTown.Files.Replace(Note, $"{Note} Katso {link}.") : CouncilTown.Files + "\n-- content/fi/2025/toinen.md --\n"
                + Decisions.Finnish(title: "Toinen", date: "2025-03-03", extra: "meeting: 3/2025\nsection: 14", text: $"Katso {link}."))
            .Replace("status: amended\nvotes:", "status: amended\npersonal: [attachments]\nattachments: [{ title: Lausunto, file: lausunto.pdf }]\nvotes:")
            + "\n-- content/fi/2025/lausunto.pdf --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        foreach (var day in new[] { CouncilTown.LastDay, CouncilTown.LastDay.AddDays(1) })
        {
            var result = site.BuildOn(day);
            Assert.Equal("DP0252", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        }
    }

    // A Mac stores 'ä' as 'a' and a mark; the note's link typed composed passed the check, but the
    // meeting's page linked the name as typed, which the host does not have (a decision's page did not).
    [Theory]
    [InlineData("[päätös](/fi/paatokset/2025/hallitus-katto/päätös.pdf)")]
    [InlineData("[päätös](../../../paatokset/2025/hallitus-katto/p%C3%A4%C3%A4t%C3%B6s.pdf)")]
    public void A_note_linking_an_attachment_stored_with_its_accents_as_marks_leads_to_the_stored_file(string link)
    {
        const string stored = "pa\u0308a\u0308to\u0308s.pdf";
        var files = CouncilTown.Files
            .Replace("status: amended\nvotes:", $"status: amended\nattachments: [{{ title: Päätös, file: {stored} }}]\nvotes:")
            .Replace(Note, $"{Note} Katso {link}.")
            + $"\n-- content/fi/2025/{stored} --\n%PDF-1.4\n";
        using var site = new TestSite(files);

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var address = Html.Parse(site.Read(CouncilTown.BoardMeeting)).QuerySelectorAll("a[href]").Single(a => a.TextContent == "päätös").GetAttribute("href")!;
        Assert.True(File.Exists(Path.Combine(site.Output, "fi/paatokset/2025/hallitus-katto", Uri.UnescapeDataString(address.Split('/')[^1]))), address);
    }

    // A decision's link to a page or feed the site does not have is an error; the same link in a
    // meeting's notes passed on red32 and was published dead. One check reads both.
    [Theory]
    [InlineData("[syöte](/fi/asiat/kemi-999/atom.xml)")]
    [InlineData("[syöte](/fi/kokoukset/kaupunginhallitus/2099-01-01/atom.xml)")]
    [InlineData("[vuosi](/fi/vuosi/2099/)")]
    public void A_note_linking_a_page_or_feed_the_site_does_not_have_is_an_error(string link)
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} Katso {link}."));

        var result = site.BuildOn(CouncilTown.LastDay);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("DP0060", error.Code);
        Assert.EndsWith("content/fi/meetings/kaupunginhallitus/2025-03-03.md", error.Location.Path, StringComparison.Ordinal);
    }

    // A trimmed address (a decision's year folder, the cases' folder) is a page the site writes: it
    // leads to its listing, so a link to it works, in a note as in a decision's text.
    [Theory]
    [InlineData("[syöte](/fi/kokoukset/kaupunginhallitus/2025-03-03/atom.xml)")]
    [InlineData("[päätös](/fi/paatokset/2025/hallitus-katto/)")]
    [InlineData("[vuoden päätökset](/fi/paatokset/2025/)")]
    [InlineData("<a href=\"/fi/paatokset/2025/\">vuoden päätökset</a>")]
    [InlineData("[asiat](/fi/asiat/)")]
    public void A_note_linking_a_page_or_feed_the_site_has_passes(string link)
    {
        using var site = new TestSite(CouncilTown.Files.Replace(Note, $"{Note} Katso {link}."));

        var result = site.BuildOn(CouncilTown.LastDay);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static string Withdrawn(string files) =>
        files.Replace("withdrawn: 2025-03-01", "withdrawn: 2025-03-01\nattachments: [{ title: Liite, file: peruttu-liite.pdf }]")
        + "\n-- content/fi/2025/peruttu-liite.pdf --\n%PDF-1.4\n";
}
