using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Quality;

namespace DecisionsPortal.Tests.Quality;

public sealed class MarkupSafetyTests
{
    [Theory]
    [MemberData(nameof(QualitySites.Each), MemberType = typeof(QualitySites))]
    public void No_page_carries_script_handlers_inline_style_frames_or_active_addresses_and_every_page_carries_the_policy(string siteName)
    {
        var problems = MarkupSafety.Check(QualitySites.Get(siteName));

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n{string.Join('\n', problems.Take(30))}");
    }

    [Fact]
    public void The_safety_check_reports_each_kind_of_active_markup()
    {
        var page = Html.Parse("""
            <!DOCTYPE html><html><head><title>t</title><link rel="stylesheet" href="https://fonts.example/css"><link rel="stylesheet" href="/assets/site.1234567890.css"></head><body>
            <script>alert(1)</script><script src="https://cdn.example/x.js"></script><script src="/assets/site.abc.js"></script>
            <p onclick="alert(2)" style="color:red">x</p><a href=" java&#9;script:alert(3)">y</a><iframe src="/"></iframe>
            <a href="data:text/html,x">z</a><img src="data:image/png;base64,AA==" alt=""><style>p{}</style>
            </body></html>
            """);

        var problems = MarkupSafety.CheckPage("x.html", page, "/").ToList();

        Assert.Equal(10, problems.Count);
        Assert.Contains(problems, p => p.Contains("https://fonts.example/css") && p.Contains("no CDN"));
        Assert.Equal(2, problems.Count(p => p.Contains("<script> that is not one of the theme's files")));
        Assert.Contains(problems, p => p.Contains("event handler onclick"));
        Assert.Contains(problems, p => p.Contains("inline style on <p>"));
        Assert.Contains(problems, p => p.Contains("javascript: address in href"));
        Assert.Contains(problems, p => p.Contains("data: address in href"));
        Assert.Contains(problems, p => p.Contains("<iframe>"));
        Assert.Contains(problems, p => p.Contains("<style>"));
        Assert.Contains(problems, p => p.Contains("Content-Security-Policy"));
    }
}
