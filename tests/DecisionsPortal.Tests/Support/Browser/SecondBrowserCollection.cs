namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// The second stream of browser classes (see <see cref="BrowserCollection"/>): the longest ones,
/// about half of the browser time, so that the two streams end together.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SecondBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium, second stream";
}
