using DecisionsPortal.Tests.Quality;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;
using DecisionsPortal.Tests.Support.Quality;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// Agendas and what changed, as citizens use them in Chromium: next week's agenda found from the
/// home page on a phone, an amended decision's difference seen and heard, and the new kinds of
/// page free of WCAG 2.1 A/AA violations (axe) and of HTML errors (the Nu checker), light and dark.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class AgendaJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly string[] PageKinds =
    [
        "fi/", AgendaTown.Meeting, AgendaTown.MeetingSwedish, AgendaTown.AgendaItem, AgendaTown.AgendaItemSwedish,
        AgendaTown.Amended, AgendaTown.AmendedSwedish, AgendaTown.Case, "fi/paatokset/",
    ];

    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.OfAsync("agendas");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_citizen_finds_next_weeks_agenda_from_the_home_page_on_a_375_px_phone()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, Locale = "fi-FI" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("fi/"));
        await AssertFitsAsync(page, 375);

        var next = page.Locator(".home-meetings").GetByRole(AriaRole.Link, new() { Name = "Kaupunginhallitus 6/2025 – 7.4.2025" });
        await next.ScrollIntoViewIfNeededAsync();
        Assert.True(await next.IsVisibleAsync());
        await next.ClickAsync();

        await ArrivedAsync(page, AgendaTown.Meeting);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Esityslista", Exact = true }).IsVisibleAsync());
        var items = page.Locator(".agenda-list li");
        Assert.Equal(2, await items.CountAsync());
        Assert.Equal(2, await page.Locator(".agenda-list .not-decided").CountAsync());
        await AssertFitsAsync(page, 375);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uimahallin aukioloaikojen pidentäminen" }).ClickAsync();
        await ArrivedAsync(page, AgendaTown.AgendaItem);
        var notice = page.Locator(".agenda-notice");
        Assert.True(await notice.IsVisibleAsync());
        Assert.StartsWith("Ei vielä päätetty.", await notice.InnerTextAsync());
        Assert.Equal(0, await page.Locator(".outcome, .appeal").CountAsync());
        await AssertFitsAsync(page, 375);
        await context.CloseAsync();
    }

    [Fact]
    public async Task An_amended_decision_shows_its_difference_struck_through_and_underlined_and_says_it_in_words()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url(AgendaTown.Amended));

        var section = page.Locator("section.changes").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Päätös verrattuna päätösehdotukseen" }) });
        Assert.True(await section.IsVisibleAsync());
        var removed = section.Locator("del").Nth(1);
        var added = section.Locator("ins").Nth(1);
        Assert.Contains("line-through", await removed.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        Assert.Contains("underline", await added.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        // What is seen: the words alone (the label takes no space); what a screen reader reads: the label first.
        foreach (var label in new[] { removed.Locator(".visually-hidden"), added.Locator(".visually-hidden") })
        {
            var box = await label.BoundingBoxAsync();
            Assert.True(box is null || (box.Width <= 1 && box.Height <= 1), $"the label is seen: {box?.Width} × {box?.Height}");
        }

        Assert.Equal("Poistettu: taksilla kolmeksi", await removed.TextContentAsync());
        Assert.Equal("Lisätty: tilausbussilla kahdeksi", await added.TextContentAsync());
        Assert.Contains("Poistettu: taksilla kolmeksi", await section.Locator(".diff").AriaSnapshotAsync());
        await page.Context.CloseAsync();
    }

    public static TheoryData<string, ColorScheme> Pages() => Accessibility.InBothSchemes(PageKinds);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_agenda_and_difference_page_has_no_wcag_2_1_a_or_aa_violation(string path, ColorScheme scheme)
    {
        var page = await browser.ReusedPageAsync(nameof(AgendaJourneyTests), scheme);
        using var console = new ConsoleWatch(page);
        var response = await page.GotoAsync(site.Url(path));
        Assert.True(response!.Ok, $"{path}: HTTP {response.Status}");

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Accessibility.Describe(violations)}");
        Assert.Empty(console.All);
    }

    [Fact]
    public void The_agenda_and_difference_pages_have_no_html_error()
    {
        var files = PageKinds.Select(p => Path.Combine(site.Site.Output, p, "index.html")).ToArray();

        // The checker's one run over every quality site (a Java start costs seconds) holds these pages.
        var report = HtmlValidityTests.Report.Once.Value;
        var errors = report.Messages.Where(m => files.Contains(m.File, StringComparer.Ordinal)).ToList();

        Assert.Contains(report.Sites, s => s.Output == site.Site.Output);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.All(files, f => Assert.True(File.Exists(f), f));
    }

    // Asked of the page itself, polled there until true: WaitForURLAsync checks the frame's load
    // states and then listens for the next one, on a thread other than the one that delivers them,
    // so a "load" arriving in between is lost and it waits its 30 s out (a failed run's log named
    // only "NetworkIdle"; microsoft/playwright-dotnet#3364). A complete document has had its load.
    private static Task ArrivedAsync(IPage page, string path) =>
        page.WaitForFunctionAsync("path => location.pathname.endsWith('/' + path) && document.readyState === 'complete'", path);

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} px wide at {width} px");
    }
}
