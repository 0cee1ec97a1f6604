using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// axe-core with the WCAG 2.1 A/AA rules on the members' page kinds of the fixture town: a
/// member's person page (roles, votes, dissents, attendance), a decision with a vote grouped by
/// council group, the meeting with linked attendees and the people's index, in light and dark.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberAccessibilityTests(BrowserFixture browser) : IAsyncLifetime
{
    private ServedSite site = null!;

    public static TheoryData<string, ColorScheme> Pages() => Accessibility.InBothSchemes(
    [
        "fi/henkilo/bertta-berg/", "fi/henkilo/pertti-piilonen/", "fi/paatokset/2025/uimahalli/", "fi/kokoukset/kaupunginvaltuusto/2025-03-24/",
        "fi/henkilo/", "sv/person/aino-aaltonen/", "sv/beslut/2025/uimahalli/", "fi/",
    ]);

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("members");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_members_page_has_no_wcag_2_1_a_or_aa_violation(string path, ColorScheme scheme)
    {
        var page = await browser.ReusedPageAsync(nameof(MemberAccessibilityTests), scheme);
        using var console = new ConsoleWatch(page);
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Accessibility.Describe(violations)}");
        Assert.Empty(console.All);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
