using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// axe-core with the WCAG 2.1 A/AA rules on the council's pages of the fixture town: a decision
/// with votes and appeal instructions, a confidential matter, a case, a meeting, an organ's
/// calendar and the meetings index, in light and dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CouncilAccessibilityTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public static TheoryData<string, ColorScheme> Pages() => Accessibility.InBothSchemes(
    [
        "fi/paatokset/2025/hallitus-katto/", "fi/paatokset/2025/kiinteistokauppa/", "fi/asiat/exe-12-10-03-2025/",
        "fi/kokoukset/kaupunginhallitus/2025-03-17/", "fi/kokoukset/kaupunginhallitus/", "fi/kokoukset/",
        "sv/beslut/2025/hallitus-katto/", "sv/moten/kaupunginhallitus/2025-03-03/",
    ]);

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("council");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_council_page_has_no_wcag_2_1_a_or_aa_violation(string path, ColorScheme scheme)
    {
        var page = await browser.ReusedPageAsync(nameof(CouncilAccessibilityTests), scheme);
        using var console = new ConsoleWatch(page);
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Accessibility.Describe(violations)}");
        Assert.Empty(console.All);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
