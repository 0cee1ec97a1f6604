using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// One headless Chromium for every browser test (the <see cref="BrowserCollection"/>). The flags
/// keep Chromium from reaching for Google's services, which this machine's closed network would
/// refuse. Each page gets its own context (no cookies or storage shared between tests), closed
/// with the page or at the end of the run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Chromium.Executable;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, Locale = "fi-FI" });
        var page = await context.NewPageAsync();
        page.Close += (_, _) => _ = context.CloseAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
