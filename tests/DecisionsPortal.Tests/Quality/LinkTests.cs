using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Quality;

public sealed class LinkTests
{
    [Theory]
    [MemberData(nameof(QualitySites.Each), MemberType = typeof(QualitySites))]
    public void Every_internal_link_image_stylesheet_and_script_resolves_to_a_file_of_the_output(string siteName)
    {
        var site = QualitySites.Get(siteName);

        var broken = LinkChecker.Check(site.Output, site.BaseUrl);

        Assert.True(broken.Count == 0, $"{broken.Count} broken address(es) in the {site} site:\n{string.Join('\n', broken.Take(30))}");
    }

    [Fact]
    public void The_link_checker_reports_a_missing_page_a_missing_stylesheet_a_missing_fragment_and_a_link_out_of_the_base_path()
    {
        using var folder = new TempFolder();
        folder.Write("fi/index.html", """
            <!DOCTYPE html><html lang="fi"><head><title>t</title><link rel="stylesheet" href="/portal/assets/missing.css"></head>
            <body><a href="/portal/fi/">itse</a> <a href="../sv/">puuttuu</a> <a href="#nowhere">ankkuri</a>
            <a href="/other/">ulos</a> <a href="https://example.fi/portal/fi/#main">absoluuttinen</a>
            <a href="https://www.finlex.fi/">muu sivusto</a> <a href="mailto:kirjaamo@example.fi">posti</a>
            <main id="main"></main></body></html>
            """);

        var broken = LinkChecker.Check(folder.Path, new Uri("https://example.fi/portal/"));

        Assert.Equal(4, broken.Count);
        Assert.Contains(broken, b => b.Contains("assets/missing.css") && b.Contains("no file assets/missing.css"));
        Assert.Contains(broken, b => b.Contains("../sv/") && b.Contains("no file sv/index.html"));
        Assert.Contains(broken, b => b.Contains("#nowhere") && b.Contains("no element"));
        Assert.Contains(broken, b => b.Contains("/other/") && b.Contains("leaves the site's base path /portal/"));
    }
}
