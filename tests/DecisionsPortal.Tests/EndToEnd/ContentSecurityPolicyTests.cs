using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// The policy in the page is really enforced: a theme that slipped an inline script or style in
/// gets them refused, and the refusal is what <see cref="ConsoleWatch"/> reports, so the
/// "nothing refused" assertions of the other browser tests can fail.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Inline_script_and_inline_style_in_a_theme_are_refused_by_the_pages_policy_and_reported()
    {
        using var site = new TestSite(
            "-- content/fi/2025/a.md --\n" + Decisions.Finnish()
            + "\n-- templates/partials/footer.html --\n<footer class=\"site-footer\"><p id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</p>"
            + "<script>document.body.dataset.ran = 'yes';</script></footer>\n");
        Assert.True(site.Build().Succeeded);
        await using var server = await StaticServer.StartAsync(site.Output);
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);

        await page.GotoAsync(server.Origin + "/fi/");

        Assert.Null(await page.EvaluateAsync<string?>("document.body.dataset.ran ?? null"));
        Assert.NotEqual("rgb(255, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('styled')).color"));
        // Console events may trail the load event a little.
        for (var waited = 0; console.PolicyViolations.Count < 2 && waited < 5000; waited += 50)
        {
            await Task.Delay(50);
        }

        Assert.Contains(console.PolicyViolations, m => m.Contains("inline script", StringComparison.Ordinal));
        Assert.Contains(console.PolicyViolations, m => m.Contains("inline style", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Served_with_the_headers_file_under_a_sub_path_pages_get_the_header_policy_and_still_work()
    {
        await using var site = await ServedSite.StartAsync("corpus-under-sub-path");
        var page = await browser.NewPageAsync();
        var console = new ConsoleWatch(page);
        var stylesheets = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".css", StringComparison.Ordinal))
            {
                stylesheets.Add(response);
            }
        };

        var response = await page.GotoAsync(site.Url("fi/"));
        var headers = await response!.AllHeadersAsync();

        Assert.EndsWith("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["referrer-policy"]);
        var css = Assert.Single(stylesheets);
        Assert.Contains("/portal/assets/site.", css.Url);
        Assert.Equal("public, max-age=31536000, immutable", (await css.AllHeadersAsync())["cache-control"]);
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
        Assert.Empty(console.All);
        await page.Context.CloseAsync();
    }
}
