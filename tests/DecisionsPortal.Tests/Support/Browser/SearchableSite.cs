using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>A test site built and served on loopback, with search pages of its own (<see cref="SearchPages"/>).</summary>
public sealed class SearchableSite(TestSite site, StaticServer server) : IAsyncDisposable
{
    private readonly SearchPages own = new(server);

    public static async Task<SearchableSite> BuildAsync(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        return new SearchableSite(site, await StaticServer.StartAsync(site.Output));
    }

    /// <summary>Search pages of a test's own over this build, for tests that share one.</summary>
    public SearchPages Pages() => new(server);

    public Task<IPage> PageAsync(BrowserFixture browser, string language) => own.PageAsync(browser, language);

    public Task<string[]> SearchAsync(BrowserFixture browser, string query, string language = "fi", bool ranked = false) =>
        own.SearchAsync(browser, query, language, ranked);

    public Task<string> StatusAsync(BrowserFixture browser, string query, string language = "fi") => own.StatusAsync(browser, query, language);

    public async ValueTask DisposeAsync()
    {
        await own.DisposeAsync();
        await server.DisposeAsync();
        site.Dispose();
    }
}
