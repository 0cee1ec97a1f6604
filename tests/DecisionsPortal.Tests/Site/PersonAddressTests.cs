using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// A person page's address is the slug of the name. The slug rule once made a break of every letter
/// outside a short table ('Jan Čapek' at 'jan-apek'); those addresses, linked and bookmarked, lead
/// to the person's page as a decision's old address does.
/// </summary>
public sealed class PersonAddressTests
{
    private static TestSite Site(string preparer, string presenter = "Olli Esimerkki") => new($"""
        -- content/fi/2025/a.md --
        ---
        title: Koulun katon korjaus
        date: 2025-03-14
        body: kaupunginhallitus
        preparer: {"{"} name: {preparer}, title: Tekninen johtaja {"}"}
        presenter: {"{"} name: {presenter}, title: Kaupunginjohtaja {"}"}
        proposal: Kaupunginhallitus päättää korjata katon.
        ---
        Katto vuotaa.
        """);

    [Theory]
    [InlineData("Jan Čapek", "jan-apek", "jan-capek")]
    [InlineData("Lech Wałęsa", "lech-wa-sa", "lech-walesa")]
    [InlineData("Zoltán Hőgyes", "zoltan-h-gyes", "zoltan-hogyes")]
    public void The_address_a_former_slug_rule_gave_a_person_leads_to_the_persons_page(string name, string old, string slug)
    {
        using var site = Site(name);
        Assert.True(site.Build().Succeeded);

        var page = Html.Parse(site.Read($"fi/henkilo/{old}/index.html"));

        Assert.Equal($"0; url=/fi/henkilo/{slug}/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal($"/fi/henkilo/{slug}/", page.QuerySelector("body a")!.GetAttribute("href"));
        Assert.Equal(name, page.QuerySelector("body a")!.TextContent);
        Assert.True(site.Exists($"fi/henkilo/{slug}/index.html"));
    }

    [Theory]
    [InlineData("Ørjan Strøm")]
    [InlineData("Jürgen Strauß")]
    [InlineData("Maija Meikäläinen")]
    public void A_name_whose_address_never_moved_gets_no_other(string name)
    {
        using var site = Site(name);
        Assert.True(site.Build().Succeeded);

        Assert.Equal(2, Directory.GetDirectories(Path.Combine(site.Output, "fi", "henkilo")).Length);
    }

    // 'Jan Čapek' and 'Jan Łapek' shared 'jan-apek': it can lead to neither of them.
    [Fact]
    public void An_old_address_that_two_people_shared_leads_to_neither()
    {
        using var site = Site("Jan Čapek", "Jan Łapek");
        Assert.True(site.Build().Succeeded);

        Assert.False(site.Exists("fi/henkilo/jan-apek/index.html"));
    }

    // 'Jan Capek' has the page 'jan-capek'; 'Jan Čapek' had 'jan-apek', another person's page now.
    [Fact]
    public void An_old_address_that_is_a_persons_page_today_stays_that_page()
    {
        using var site = Site("Jan Čapek", "Jan Apek");
        Assert.True(site.Build().Succeeded);

        Assert.Contains("Jan Apek", site.Read("fi/henkilo/jan-apek/index.html"));
        Assert.DoesNotContain("http-equiv=\"refresh\"", site.Read("fi/henkilo/jan-apek/index.html"));
    }
}
