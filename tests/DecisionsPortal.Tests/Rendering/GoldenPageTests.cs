using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// The shipped seed decision's pages (and the council town's case page), compared line by line with Golden/Pages/. A theme or
/// content change shows up here as a readable diff; accept it with UPDATE_GOLDEN=1 dotnet test.
/// </summary>
public sealed class GoldenPageTests
{
    // The shipped site, built once for the run (QualitySites fails if it does not build).
    private readonly string output = QualitySites.Get("shipped").Output;

    [Theory]
    [InlineData("fi/paatokset/2025/wuhanin-ystavyyskongressi/index.html", "Pages/001-seed-decision-fi.html")]
    [InlineData("sv/beslut/2025/wuhanin-ystavyyskongressi/index.html", "Pages/002-seed-decision-sv.html")]
    [InlineData("fi/vuosi/2025/index.html", "Pages/003-year-listing-fi.html")]
    [InlineData("index.html", "Pages/004-language-chooser.html")]
    [InlineData("404.html", "Pages/005-not-found.html")]
    [InlineData("fi/paatokset/2026/sisasataman-leikkipuisto/index.html", "Pages/006-agenda-item-fi.html")]
    [InlineData("sv/moten/kaupunginhallitus/2026-12-14/index.html", "Pages/007-meeting-agenda-sv.html")]
    [InlineData("fi/haku/index.html", "Pages/010-search-fi.html")]
    [InlineData("fi/index.html", "Pages/011-latest-fi.html")]
    [InlineData("sv/organ/kaupunginhallitus/index.html", "Pages/012-organ-listing-sv.html")]
    [InlineData("fi/aihe/international/index.html", "Pages/013-topic-listing-fi.html")]
    [InlineData("fi/kokoukset/index.html", "Pages/014-meeting-calendar-fi.html")]
    [InlineData("fi/henkilo/jukka-vilen/index.html", "Pages/015-person-official-fi.html")]
    public void The_seed_decisions_pages_match_their_golden_files(string page, string golden) =>
        Golden.Match(golden, File.ReadAllText(Path.Combine(output, page)));

    // Each of the seed's cases has one decision, so no page: the council town's case has two.
    [Fact]
    public void The_case_page_matches_its_golden_file() =>
        Golden.Match("Pages/008-case-fi.html", QualitySites.Get("council").Read(CouncilTown.CasePath));
}
