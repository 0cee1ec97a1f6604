using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Shared;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Иван Петров", "ivan-petrov")]
    [InlineData("Γιώργος Παπαδόπουλος", "giorgos-papadopoylos")]
    [InlineData("Jukka Vilén", "jukka-vilen")]
    [InlineData("Jan Čapek", "jan-capek")]
    [InlineData("Lech Wałęsa", "lech-walesa")]
    [InlineData("Antonín Dvořák", "antonin-dvorak")]
    [InlineData("Đorđe Perić", "dorde-peric")]
    [InlineData("Zoltán Kovács-Hőgyes", "zoltan-kovacs-hogyes")]
    [InlineData("Máret Ŋuolja", "maret-nuolja")]
    [InlineData("Ǩiǩǩ Ǯǯ", "kikk-zz")]
    [InlineData("Þórunn Ævarsdóttir", "thorunn-aevarsdottir")]
    [InlineData("Ørjan Strøm", "orjan-strom")]
    [InlineData("Jovan Ђорђевић", "jovan-dordevic")]
    [InlineData("Љиљана Његован", "ljiljana-njegovan")]
    [InlineData("Nguyễn Văn Hùng", "nguyen-van-hung")]
    [InlineData("Kɔfi Mɛnsah", "kofi-mensah")]
    [InlineData("Elnur Əliyev", "elnur-aliyev")]
    [InlineData("Kaupunginhallituksen ﬁnanssipäätös", "kaupunginhallituksen-finanssipaatos")]
    [InlineData("\u212Bsa \u00D6hman", "asa-ohman")]
    public void Names_are_spelt_in_plain_Latin_letters_from_their_accents_and_alphabets(string name, string slug) => Assert.Equal(slug, Slugs.From(name));

    [Fact]
    public void A_name_without_a_Latin_spelling_gets_a_stable_address_of_its_own()
    {
        Assert.Matches("^[0-9a-f]{8}$", Slugs.From("王伟"));
        Assert.Equal(Slugs.From("王伟"), Slugs.From("王伟"));
        Assert.NotEqual(Slugs.From("王伟"), Slugs.From("李娜"));
        Assert.NotEqual(Slugs.From("Wang 王伟"), Slugs.From("Wang 李娜"));
    }

    // Two people whose names differ only in letters without a spelling must not share a page, and
    // one person written with other capitals, spaces or accents as marks must not get two.
    [Fact]
    public void Names_that_differ_only_in_letters_without_a_spelling_get_addresses_of_their_own()
    {
        Assert.Matches("^wang-[0-9a-f]{8}$", Slugs.From("Wang 王伟"));
        Assert.NotEqual(Slugs.From("Wang 王伟"), Slugs.From("Wang 李娜"));
        Assert.Equal(Slugs.From("Wang 王伟"), Slugs.From("WANG  王伟 "));
        Assert.Equal(Slugs.From("Zoë 王伟"), Slugs.From("Zoe\u0308 王伟"));
        Assert.Equal("wang-xiaoming", Slugs.Words("Wang Xiaoming 王晓明"));
    }

    [Fact]
    public void A_paragraph_pasted_as_a_name_gets_an_address_a_file_system_can_hold_and_its_page()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Jukka Vilén hallinto- ja kehitysjohtaja joka valmisteli asian kaupunginhallitukselle", 4));
        var other = paragraph + " ja esitteli sen";

        Assert.InRange(Slugs.From(paragraph).Length, 1, 200);
        Assert.StartsWith("jukka-vilen-hallinto-ja-kehitysjohtaja-", Slugs.From(paragraph), StringComparison.Ordinal);
        Assert.NotEqual(Slugs.From(paragraph), Slugs.From(other));
        Assert.Equal("jukka-vilen", Slugs.From("Jukka Vilén"));

        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish().Replace("name: Maija Meikäläinen", "name: " + paragraph, StringComparison.Ordinal));
        var build = site.Build();
        Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
        Assert.True(site.Exists($"fi/henkilo/{Slugs.From(paragraph)}/index.html"));
    }

    [Theory]
    [InlineData("Иван Петров")]
    [InlineData("王伟")]
    public void A_preparer_whose_name_has_no_Latin_letters_is_linked_to_a_page_that_exists(string name)
    {
        using var site = new TestSite("-- content/fi/2025/katto.md --\n" + Decisions.Finnish().Replace("name: Maija Meikäläinen", "name: " + name, StringComparison.Ordinal));

        Assert.True(site.Build().Succeeded);

        var page = Html.Parse(site.Read("fi/paatokset/2025/katto/index.html"));
        var links = page.QuerySelectorAll("a[href*='/henkilo/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.DoesNotContain(links, l => l.Contains("//", StringComparison.Ordinal));
        Assert.All(links, l => Assert.True(site.Exists(Uri.UnescapeDataString(l.TrimStart('/')) + "index.html"), l));
    }
}
