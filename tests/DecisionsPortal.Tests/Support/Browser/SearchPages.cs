using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Search pages of a served site, searched with search.js in Chromium over the files the build
/// wrote, as a searcher's browser does. Disposing closes the pages, not the server.
/// </summary>
public sealed class SearchPages(StaticServer server) : IAsyncDisposable
{
    private readonly Dictionary<string, IPage> pages = [];
    private IPage? shown;

    /// <summary>The language's search page, which loads the manifest and the scripts as a searcher's browser does.</summary>
    public async Task<IPage> PageAsync(BrowserFixture browser, string language)
    {
        if (!pages.TryGetValue(language, out var page))
        {
            page = await browser.NewPageAsync();
            await page.GotoAsync(server.Origin + (language == "fi" ? "/fi/haku/" : "/sv/sok/"));
            await page.WaitForFunctionAsync("() => window.DPSearch && window.DPSearchManifest && window.DPStemmers");
            pages[language] = page;
        }

        return page;
    }

    /// <summary>The slugs of the decisions in the page's language that a submitted query finds, in ordinal order (or best first).</summary>
    public async Task<string[]> SearchAsync(BrowserFixture browser, string query, string language = "fi", bool ranked = false)
    {
        var page = await PageAsync(browser, language);
        var slugs = await page.EvaluateAsync<string[]>(
            """
            async ([query, language]) => {
              const M = DPSearchManifest, A = DPSearch.analyzer(M, DPStemmers), E = DPSearch.engine(M, A);
              const m = await E.match(query, false), out = [];
              const hits = (m.hits || []).filter(h => M.languages[m.table.lang[h.doc]][0] === language).sort((a, b) => b.score - a.score);
              for (const h of hits) out.push((await E.meta(Math.floor(h.doc / M.chunk)))[h.doc % M.chunk][3].split('/').filter(Boolean).pop());
              return out;
            }
            """,
            new object[] { query, language });
        return ranked ? slugs : slugs.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The words the search page marks in its results for a query given in its address, as a searcher sees them (in page order).</summary>
    public Task<IReadOnlyList<string>> MarksAsync(BrowserFixture browser, string query, string language = "fi") =>
        ShownAsync(browser, query, language, page => page.Locator("#search-list mark").AllInnerTextsAsync());

    /// <summary>The search page's status line for a query given in its address.</summary>
    public Task<string> StatusAsync(BrowserFixture browser, string query, string language = "fi") =>
        ShownAsync(browser, query, language, async page => await page.Locator("#search-status").InnerTextAsync());

    // Each query's address is loaded anew in one page: a new context and page cost Chromium four
    // times a page load's CPU, and the site's scripts keep nothing between loads.
    private async Task<T> ShownAsync<T>(BrowserFixture browser, string query, string language, Func<IPage, Task<T>> read)
    {
        shown ??= await browser.NewPageAsync();
        await shown.GotoAsync(server.Origin + (language == "fi" ? "/fi/haku/" : "/sv/sok/") + "?q=" + Uri.EscapeDataString(query));
        await shown.WaitForFunctionAsync("() => { const a = document.getElementById('search-app'); return a && +(a.getAttribute('data-done') || 0) > 0 && !a.hasAttribute('aria-busy'); }");
        return await read(shown);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var page in pages.Values.Append(shown).OfType<IPage>())
        {
            await page.CloseAsync();
        }
    }
}
