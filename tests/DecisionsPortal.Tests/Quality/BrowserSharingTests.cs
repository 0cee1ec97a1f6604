using System.Reflection;
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
}
