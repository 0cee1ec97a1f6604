using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// The shipped seed decision's pages, compared line by line with Golden/Pages/. A theme or
/// content change shows up here as a readable diff; accept it with UPDATE_GOLDEN=1 dotnet test.
/// </summary>
public sealed class GoldenPageTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "dp-golden-" + Guid.NewGuid().ToString("N"));

    public GoldenPageTests()
    {
        // A fixed day: the home page lists the meetings still to come, and personal data expires.
        var result = BuildPipeline.Run(new BuildOptions(Path.Combine(Repository.Root, "site.yml"), output, BuildDate: new DateOnly(2026, 12, 4)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Theory]
    [InlineData("fi/paatokset/2025/wuhanin-ystavyyskongressi/index.html", "Pages/001-seed-decision-fi.html")]
    [InlineData("sv/beslut/2025/wuhanin-ystavyyskongressi/index.html", "Pages/002-seed-decision-sv.html")]
    [InlineData("fi/vuosi/2025/index.html", "Pages/003-year-listing-fi.html")]
    [InlineData("index.html", "Pages/004-language-chooser.html")]
    [InlineData("404.html", "Pages/005-not-found.html")]
    [InlineData("fi/paatokset/2026/sisasataman-leikkipuisto/index.html", "Pages/006-agenda-item-fi.html")]
    [InlineData("sv/moten/kaupunginhallitus/2026-12-14/index.html", "Pages/007-meeting-agenda-sv.html")]
    [InlineData("fi/asiat/kemi-412-10-03-01-2026/index.html", "Pages/008-case-fi.html")]
    [InlineData("fi/haku/index.html", "Pages/010-search-fi.html")]
    [InlineData("fi/index.html", "Pages/011-latest-fi.html")]
    [InlineData("sv/organ/kaupunginhallitus/index.html", "Pages/012-organ-listing-sv.html")]
    [InlineData("fi/aihe/international/index.html", "Pages/013-topic-listing-fi.html")]
    [InlineData("fi/kokoukset/index.html", "Pages/014-meeting-calendar-fi.html")]
    [InlineData("fi/henkilo/jukka-vilen/index.html", "Pages/015-person-official-fi.html")]
    public void The_seed_decisions_pages_match_their_golden_files(string page, string golden) =>
        Golden.Match(golden, File.ReadAllText(Path.Combine(output, page)));

    public void Dispose() => Directory.Delete(output, recursive: true);
}
