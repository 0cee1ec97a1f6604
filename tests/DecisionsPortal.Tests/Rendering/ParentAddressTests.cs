using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>People trim addresses: every folder above a page leads somewhere instead of the 404 page.</summary>
public sealed class ParentAddressTests
{
    private static TestSite Town()
    {
        var files = new System.Text.StringBuilder();
        for (var i = 1; i <= 6; i++)
        {
            files.Append($"-- content/fi/2025/asia-{i}.md --\n{Decisions.Finnish(title: $"Asia {i}", extra: $"dnro: ESIM/{i}/00.01/2025")}\n");
            files.Append($"-- content/sv/2025/asia-{i}.md --\n{Decisions.Swedish(title: $"Ärende {i}", extra: $"dnro: ESIM/{i}/00.01/2025")}\n");
        }

        return new TestSite(files.ToString());
    }

    [Theory]
    [InlineData("fi/paatokset/2025/", "/fi/vuosi/2025/")]
    [InlineData("sv/beslut/2025/", "/sv/ar/2025/")]
    [InlineData("fi/vuosi/2025/sivu/", "/fi/vuosi/2025/")]
    [InlineData("sv/ar/2025/sida/", "/sv/ar/2025/")]
    [InlineData("fi/paatokset/sivu/", "/fi/paatokset/")]
    [InlineData("fi/toimielin/kaupunginhallitus/sivu/", "/fi/toimielin/kaupunginhallitus/")]
    [InlineData("fi/asiat/", "/fi/paatokset/")]
    [InlineData("sv/arenden/", "/sv/beslut/")]
    public void A_trimmed_address_leads_to_the_listing_above_it_through_a_page_without_script(string folder, string target)
    {
        using var site = Town();
        Assert.True(site.Build().Succeeded);

        var page = Html.Parse(site.Read(folder + "index.html"));

        Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("https://paatokset.esimerkkila.example" + target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(target, page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main a")!.TextContent));
        Assert.Equal(folder[..2], page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.True(File.Exists(Path.Combine(site.Output, target.TrimStart('/'), "index.html")), target);
    }

    [Fact]
    public void A_folder_that_is_a_page_already_is_left_as_it_is()
    {
        using var site = Town();
        Assert.True(site.Build().Succeeded);

        Assert.Null(Html.Parse(site.Read("fi/vuosi/2025/index.html")).QuerySelector("meta[http-equiv=refresh]"));
        Assert.Null(Html.Parse(site.Read("fi/paatokset/index.html")).QuerySelector("meta[http-equiv=refresh]"));
    }
}
