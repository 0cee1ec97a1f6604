namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Every class that drives Chromium shares one browser: starting Chromium costs seconds of this
/// 2-core machine's CPU each time, and the classes would otherwise run their browsers side by
/// side and slow each other down. Classes of one collection run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium";
}
