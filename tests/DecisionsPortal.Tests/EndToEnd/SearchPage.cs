using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>The search page as a test drives it: run a search, wait for its results, read them.</summary>
public sealed class SearchPage(IPage page, string origin)
{
    public IPage Page => page;

    public static string PathOf(string language) => language == "fi" ? "/fi/haku/" : "/sv/sok/";

    public async Task OpenAsync(string language, string query = "")
    {
        await page.GotoAsync(origin + PathOf(language) + query);
        await WaitForRunAsync(0);
    }

    /// <summary>Does something that starts a search and waits until that search has been shown.</summary>
    public async Task ActAsync(Func<Task> action)
    {
        var before = await DoneAsync();
        await action();
        await WaitForRunAsync(before);
    }

    public async Task<int> DoneAsync() =>
        await page.EvaluateAsync<int>("() => +(document.getElementById('search-app').getAttribute('data-done') || 0)");

    public Task<string> StatusAsync() => page.InnerTextAsync("#search-status");

    public async Task<int> CountAsync()
    {
        var status = await StatusAsync();
        var digits = new string(status.TakeWhile(char.IsDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<string>> TitlesAsync() => page.Locator("#search-list li a.decision-link").AllInnerTextsAsync();

    public Task<IReadOnlyList<string>> MarksAsync() => page.Locator("#search-list mark").AllInnerTextsAsync();

    public Task<string[]> DatesAsync() =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-list time')].map(t => t.getAttribute('datetime'))");

    public Task<IReadOnlyList<string>> MetaAsync() => page.Locator("#search-list .meta").AllInnerTextsAsync();

    private Task WaitForRunAsync(int before) =>
        page.WaitForFunctionAsync(
            "before => { const a = document.getElementById('search-app'); return a && !a.hidden && +(a.getAttribute('data-done') || 0) > before && !a.hasAttribute('aria-busy'); }",
            before);
}
