using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// The Nu HTML Checker over every page of every quality site, in one run a test run (a Java start
/// costs seconds), together with a page known to be invalid, which proves the gate can fail.
/// </summary>
public sealed class HtmlValidityTests
{
    private readonly Report report = Report.Once.Value;

    private const string KnownBad = """
        <!DOCTYPE html><html lang="fi"><head><title>rikki</title></head>
        <body><p><div>lohko kappaleen sisällä</div></p><a href="#">a <a href="#">b</a></a><ul><p>ei listan kohta</p></ul>
        <img src="x.png"></body></html>
        """;

    /// <summary>The one run, which other classes read too (AgendaJourneyTests' pages are among the sites').</summary>
    public sealed class Report
    {
        public static readonly Lazy<Report> Once = new(() => new Report(), LazyThreadSafetyMode.ExecutionAndPublication);

        private Report()
        {
            var bad = new TempFolder();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => bad.Dispose();
            BadFile = bad.Write("known-bad.html", KnownBad);
            Sites = QualitySites.All.ToList();
            Messages = NuHtmlChecker.Errors([.. Sites.Select(s => s.Output), BadFile]);
        }

        public string BadFile { get; }

        public IReadOnlyList<BuiltSite> Sites { get; }

        public IReadOnlyList<NuHtmlChecker.Message> Messages { get; }
    }

    [Fact]
    public void Every_page_of_the_shipped_site_and_of_a_generated_corpus_has_no_validator_error()
    {
        var errors = report.Messages.Where(m => m.File != report.BadFile).ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s):\n{string.Join('\n', errors.Take(30))}");
        Assert.All(report.Sites, s => Assert.NotEmpty(HtmlFiles.In(s.Output)));
    }

    [Fact]
    public void The_validator_reports_the_errors_of_a_page_known_to_be_invalid()
    {
        var errors = report.Messages.Where(m => m.File == report.BadFile).ToList();

        Assert.Contains(errors, e => e.Text.Contains("No “p” element in scope", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Text.Contains("alt", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.True(e.Line > 0, e.ToString()));
    }

    [Fact]
    public void Every_feed_sitemap_and_other_xml_file_of_the_output_is_well_formed()
    {
        var problems = report.Sites.SelectMany(site => XmlFiles.Check(site.Output).Select(p => $"{site}/{p}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_xml_check_reports_a_feed_that_is_not_well_formed()
    {
        using var folder = new TempFolder();
        folder.Write("fi/feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a & b</title></feed>");
        folder.Write("sitemap.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>");
        folder.Write("fi/index.html", "<p>not xml & not checked");

        var problems = XmlFiles.Check(folder.Path);

        Assert.Single(problems);
        Assert.StartsWith("fi/feed.atom:", problems[0]);
    }
}
