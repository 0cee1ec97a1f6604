namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Every class that drives Chromium shares one browser: starting Chromium costs seconds of this
/// 2-core machine's CPU each time. Classes of one collection run one after another, so the
/// browser classes are split into two collections (this and <see cref="SecondBrowserCollection"/>)
/// that run side by side, one on each core, over the same Chromium (<see cref="BrowserFixture"/>):
/// in one collection they were the longest chain of the run, with the other core idle.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium";

    /// <summary>Both collections' names; a browser class names one of them.</summary>
    public static readonly string[] Names = [Name, SecondBrowserCollection.Name];
}
