using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// axe-core with the WCAG 2.1 A/AA rules on one page of every kind in both languages, in the
/// light colour scheme, and its colour rules again in the dark one, on the generated corpus
/// (paginated, every listing kind).
/// Loading each page also proves it works under its Content-Security-Policy.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        // The chooser, then per language a page of each template: home, decision, listing (the
        // second page of all decisions, and one organ, topic or person), index of listings.
        string[] pages =
        [
            "",
            "fi/", "fi/paatokset/*/paatos-00000/", "fi/paatokset/sivu/2/", "fi/toimielin/kaupunginhallitus/", "fi/vuosi/",
            "sv/", "sv/beslut/*/paatos-00000/", "sv/beslut/sida/2/", "sv/person/olli-esimerkki/", "sv/amne/",
            "fi/haku/?q=kaupunki", "sv/sok/?q=staden", "fi/haku/", "404.html",
        ];
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var page in pages)
            {
                data.Add(page, scheme);
            }
        }

        return data;
    }

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("corpus");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_wcag_2_1_a_or_aa_violation_and_nothing_refused_by_its_policy(string path, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(scheme);
        var console = new ConsoleWatch(page);
        var response = await page.GotoAsync(site.Url(site.Find(path)));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            // Search results arrive after the page has loaded; check the page with them shown.
            await page.WaitForSelectorAsync("#search-list li");
        }

        var violations = await Accessibility.ViolationsAsync(page, scheme);

        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Accessibility.Describe(violations)}");
        Assert.Empty(console.All);
        await page.Context.CloseAsync();
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
            .hidden-link { color: #222; background: #fff; } .hidden-link a { color: #333; text-decoration: none; }
            @media (prefers-color-scheme: dark) { .faint { color: #444; background: #222; } .hidden-link { color: #eee; background: #111; } .hidden-link a { color: #ddd; } }
            </style></head><body><main><img src="kuva.png"><a href="/x/"></a><p class="faint">Heikko kontrasti</p>
            <p class="hidden-link">Päätös tehtiin <a href="/y/">kokouksessa</a>, ja sitä voi hakea muutosta.</p></main></body></html>
            """);

        var violations = await Accessibility.ViolationsAsync(page, scheme);
        var ids = violations.Select(v => v.Id).ToList();

        // The colour rules run in both schemes; the others in the light one, whose page is the same.
        Assert.Contains("color-contrast", ids);
        Assert.Contains("link-in-text-block", ids);
        if (scheme == ColorScheme.Light)
        {
            Assert.Contains("html-has-lang", ids);
            Assert.Contains("image-alt", ids);
            Assert.Contains("link-name", ids);
            Assert.Contains("image-alt (critical)", Accessibility.Describe(violations));
        }

        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
