using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering.Agendas;

/// <summary>The page of an amended and corrected decision, with both differences, compared line by line with Golden/Pages/.</summary>
public sealed class ChangesGoldenTests
{
    [Fact]
    public void The_amended_and_corrected_decisions_page_matches_its_golden_file()
    {
        using var site = new TestSite(AgendaTown.Files);
        Assert.True(site.BuildOn(AgendaTown.Today).Succeeded);

        Golden.Match("Pages/009-amended-decision-fi.html", site.Read(AgendaTown.Amended + "index.html"));
    }
}
