using System.Globalization;
using System.Text.Json;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// A keyboard-only visitor: Tab reaches the skip link first, then every link and control of the
/// page, each with a focus indicator that can be seen (an outline or a box shadow under
/// :focus-visible), in the light and the dark scheme.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Focusable = "a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable=true], [tabindex]:not([tabindex='-1'])";

    private const string Describe = """
        selector => {
          const e = document.activeElement;
          const all = Array.from(document.querySelectorAll(selector));
          const s = getComputedStyle(e);
          return {
            index: all.indexOf(e),
            element: e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"',
            focusVisible: e.matches(':focus-visible'),
            outlineStyle: s.outlineStyle,
            outlineWidth: parseFloat(s.outlineWidth) || 0,
            boxShadow: s.boxShadow,
          };
        }
        """;

    private const string Reachable = """
        selector => Array.from(document.querySelectorAll(selector))
          .filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
          .map(e => Array.from(document.querySelectorAll(selector)).indexOf(e))
        """;

    private ServedSite site = null!;

    public async Task InitializeAsync() => site = await ServedSite.StartAsync("corpus");

    [Theory]
    [InlineData("", Microsoft.Playwright.ColorScheme.Light)]
    [InlineData("fi/", Microsoft.Playwright.ColorScheme.Light)]
    [InlineData("fi/paatokset/*/paatos-00000/", Microsoft.Playwright.ColorScheme.Dark)]
    [InlineData("sv/beslut/sida/2/", Microsoft.Playwright.ColorScheme.Light)]
    [InlineData("sv/ar/", Microsoft.Playwright.ColorScheme.Dark)]
    public async Task Tab_reaches_the_skip_link_first_then_every_link_and_control_each_with_a_visible_focus_indicator(string path, Microsoft.Playwright.ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(scheme);
        await page.GotoAsync(site.Url(site.Find(path)));
        var reachable = (await page.EvaluateAsync<int[]>(Reachable, Focusable)).ToHashSet();
        Assert.NotEmpty(reachable);

        var reached = new List<int>();
        for (var i = 0; i < reachable.Count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement>(Describe, Focusable);
            var element = focused.GetProperty("element").GetString();
            if (i == 0)
            {
                Assert.StartsWith("a.skip-link", element);
            }

            Assert.True(focused.GetProperty("focusVisible").GetBoolean(), $"{path}: Tab {i + 1} focused {element} without :focus-visible");
            var outline = focused.GetProperty("outlineStyle").GetString() != "none" && focused.GetProperty("outlineWidth").GetDouble() >= 2;
            var shadow = focused.GetProperty("boxShadow").GetString() is { } s && s != "none";
            Assert.True(outline || shadow, string.Create(CultureInfo.InvariantCulture,
                $"{path}: Tab {i + 1} focused {element} with no visible indicator (outline {focused.GetProperty("outlineStyle")} {focused.GetProperty("outlineWidth")}px, box-shadow {focused.GetProperty("boxShadow")})"));
            reached.Add(focused.GetProperty("index").GetInt32());
        }

        Assert.Equal(reachable.Order(), reached.Order());
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync() => await site.DisposeAsync();
}
