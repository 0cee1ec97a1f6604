using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// One headless Chromium for every browser test (both collections of <see cref="BrowserCollection"/>). The flags
/// keep Chromium from reaching for Google's services, which this machine's closed network would
/// refuse. Each page gets its own context (no cookies or storage shared between tests), closed
/// with the page or at the end of the run.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Both browser collections (BrowserCollection) hold a fixture; they share this one Chromium,
    // started by the first and closed by the last, so the two streams cost one browser start.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? shared;
    private static int holders;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            shared ??= await LaunchAsync();
            holders++;
            Browser = shared;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = Chromium.Executable;
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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
        await Gate.WaitAsync();
        try
        {
            if (Browser is not null && --holders == 0)
            {
                await shared!.CloseAsync();
                shared = null;
                playwright?.Dispose();
                playwright = null;
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
