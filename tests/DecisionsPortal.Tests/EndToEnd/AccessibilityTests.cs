using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// axe-core with the WCAG 2.1 A/AA rules on one page of every kind in both languages, in the
/// light and the dark colour scheme, on the generated corpus (paginated, every listing kind).
/// Loading each page also proves it works under its Content-Security-Policy.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    // The chooser, then per language a page of each template: home, decision, listing (the
    // second page of all decisions, and one organ, topic or person), index of listings.
    public static TheoryData<string, ColorScheme> Pages() => Accessibility.InBothSchemes(
    [
        "",
        "fi/", "fi/paatokset/*/paatos-00000/", "fi/paatokset/sivu/2/", "fi/toimielin/kaupunginhallitus/", "fi/vuosi/",
        "sv/", "sv/beslut/*/paatos-00000/", "sv/beslut/sida/2/", "sv/person/olli-esimerkki/", "sv/amne/",
        "fi/haku/?q=kaupunki", "sv/sok/?q=staden", "fi/haku/", "404.html",
    ]);

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("corpus");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_wcag_2_1_a_or_aa_violation_and_nothing_refused_by_its_policy(string path, ColorScheme scheme)
    {
        var page = await browser.ReusedPageAsync(nameof(AccessibilityTests), scheme);
        using var console = new ConsoleWatch(page);
        var response = await page.GotoAsync(site.Url(site.Find(path)));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            // Search results arrive after the page has loaded; check the page with them shown.
            await page.WaitForSelectorAsync("#search-list li");
        }

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Accessibility.Describe(violations)}");
        Assert.Empty(console.All);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_reports_a_page_known_to_be_inaccessible_in_either_scheme(ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(scheme);
        await page.SetContentAsync("""
            <!DOCTYPE html><html><head><title>huono</title><style>
            .faint { color: #999; background: #fff; }
            @media (prefers-color-scheme: dark) { .faint { color: #444; background: #222; } }
            </style></head><body><main><img src="kuva.png"><a href="/x/"></a><p class="faint">Heikko kontrasti</p></main></body></html>
            """);

        var violations = await Accessibility.ViolationsAsync(page);
        var ids = violations.Select(v => v.Id).ToList();

        Assert.Contains("html-has-lang", ids);
        Assert.Contains("image-alt", ids);
        Assert.Contains("link-name", ids);
        Assert.Contains("color-contrast", ids);
        Assert.Contains("image-alt (critical)", Accessibility.Describe(violations));
        await page.Context.CloseAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
