using System.Reflection;
using System.Text.RegularExpressions;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// A browser test class that took <see cref="BrowserFixture"/> as its own class fixture would
/// start a second Chromium beside the shared one and run in parallel with the other browser
/// classes: the suite's time on this 2-core machine depends on there being one Chromium and two
/// streams of browser classes (<see cref="BrowserCollection"/>).
/// </summary>
public sealed class BrowserSharingTests
{
    [Fact]
    public void Every_class_that_uses_Chromium_is_in_one_of_the_shared_browser_collections()
    {
        var users = typeof(BrowserSharingTests).Assembly.GetTypes()
            .Where(type => type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(BrowserFixture))))
            .ToList();

        Assert.NotEmpty(users);
        var outside = users
            .Where(type => type.GetCustomAttribute<CollectionAttribute>() is null
                || type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CollectionAttribute)).ConstructorArguments[0].Value is not string name
                || !BrowserCollection.Names.Contains(name))
            .Select(type => type.Name)
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public async Task The_browser_collections_share_one_chromium()
    {
        var first = new BrowserFixture();
        var second = new BrowserFixture();
        await first.InitializeAsync();
        await second.InitializeAsync();
        try
        {
            Assert.Same(first.Browser, second.Browser);
            Assert.True(first.Browser.IsConnected);
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_new_page_opens_no_page_of_the_browsers_own_beside_it()
    {
        var fixture = new BrowserFixture();
        await fixture.InitializeAsync();
        try
        {
            var page = await fixture.NewPageAsync();
            await page.SetContentAsync("<!DOCTYPE html><title>t</title><p>sivu</p>");
            var session = await fixture.Browser.NewBrowserCDPSessionAsync();
            var targets = await session.SendAsync("Target.getTargets", new Dictionary<string, object> { ["filter"] = new[] { new Dictionary<string, object>() } });
            var kinds = targets!.Value.GetProperty("targetInfos").EnumerateArray()
                .Select(t => $"{t.GetProperty("type").GetString()} {t.GetProperty("url").GetString()}")
                .ToList();
            await page.Context.CloseAsync();

            Assert.Contains(kinds, k => k.StartsWith("page ", StringComparison.Ordinal));
            Assert.DoesNotContain(kinds, k => k.StartsWith("browser_ui ", StringComparison.Ordinal));
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public void The_features_Playwright_disables_stay_disabled_beside_the_ones_the_fixture_adds()
    {
        // The driver's own list, in the script it runs (the package's chromiumSwitches.ts, bundled).
        var bundle = Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib", "coreBundle.js");
        Assert.True(File.Exists(bundle), $"{bundle} is missing: find where this Playwright version keeps its Chromium switches");
        var text = File.ReadAllText(bundle);
        var start = text.IndexOf("disabledFeatures = [", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{bundle} no longer lists disabledFeatures: find Playwright's --disable-features for BrowserFixture");
        var playwrights = Regex.Matches(text[start..text.IndexOf(']', start)], "\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(playwrights);
        Assert.Empty(playwrights.Except(BrowserFixture.DisabledFeatures));
    }
}
