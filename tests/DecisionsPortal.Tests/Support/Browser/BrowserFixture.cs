using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// One headless Chromium for every browser test (both collections of <see cref="BrowserCollection"/>). The flags
/// keep Chromium from reaching for Google's services, which this machine's closed network would
/// refuse. Each page gets its own context (no cookies or storage shared between tests), closed
/// with the page or at the end of the run; only a class's page checks share one page and context
/// (<see cref="ReusedPageAsync"/>), and the site's scripts store nothing in the browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Both browser collections (BrowserCollection) hold a fixture; they share this one Chromium,
    // started by the first and closed by the last, so the two streams cost one browser start.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? shared;
    private static int holders;

    // The pages that ReusedPageAsync keeps, by owner; this fixture's collection runs its tests one at a time.
    private readonly Dictionary<string, IPage> reused = new(StringComparer.Ordinal);

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
                "--disable-features=" + string.Join(',', DisabledFeatures),
            ],
        });
    }

    /// <summary>
    /// Headless Chromium opens each context as a window, and for each window it loaded the address
    /// bar's suggestion popup, a page of its own in a renderer of its own: two-thirds of the CPU a
    /// new context cost, and the browser classes open hundreds. Chromium reads only the last
    /// <c>--disable-features</c>, so Playwright's own list is repeated first
    /// (<c>BrowserSharingTests</c> checks it against the driver's).
    /// </summary>
    public static readonly string[] DisabledFeatures =
    [
        // Playwright's (chromiumSwitches.ts).
        "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls",
        "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect", "AvoidCorsURLLoaderRestartOnRedirect", "Translate", "AutoDeElevate",
        "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion",

        // The address bar's popup.
        "WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup",
    ];

    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, Locale = "fi-FI" });
        var page = await context.NewPageAsync();
        page.Close += (_, _) => _ = context.CloseAsync();
        return page;
    }

    /// <summary>
    /// One page, in a context of its own, for the tests of one owner (a class) that each only
    /// navigate to a page and read it: a new context and page cost 0.5–1 s of this machine's time
    /// (measured), more than many such tests take otherwise. Each call sets the colour scheme and
    /// the viewport the test asks for; the HTTP cache is off, so every test loads its page from
    /// the server as a fresh context would. The page stays open until the collection ends.
    /// </summary>
    public async Task<IPage> ReusedPageAsync(string owner, ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 720)
    {
        if (!reused.TryGetValue(owner, out var page) || page.IsClosed)
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fi-FI" });
            page = await context.NewPageAsync();
            var session = await context.NewCDPSessionAsync(page);
            await session.SendAsync("Network.enable");
            await session.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
            reused[owner] = page;
        }

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
        await page.SetViewportSizeAsync(width, height);
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var page in reused.Values)
        {
            await page.Context.CloseAsync();
        }

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
