using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>The theme's scripts as the site publishes them: minified, since they are most of what a first search downloads.</summary>
public sealed class ThemeScriptTests : IDisposable
{
    private readonly TestSite site = new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("search/search.js", "DPSearch")]
    [InlineData("search/stemmers.js", "DPStemmers")]
    [InlineData("search/page.js", "search-app")]
    public void A_shipped_script_is_published_minified_under_the_address_the_search_page_names(string script, string global)
    {
        Assert.True(site.Build().Succeeded);

        var source = File.ReadAllText(Path.Combine(Repository.Templates, "assets", script));
        var page = Html.Parse(site.Read("fi/haku/index.html"));
        var address = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)
            .Single(src => src.StartsWith("/assets/" + script[..^3] + ".", StringComparison.Ordinal));
        var published = site.Read(address.TrimStart('/'));
        Assert.True(published.Length < source.Length * 2 / 3, $"{published.Length} of {source.Length} bytes");
        Assert.DoesNotContain("\n  ", published);
        Assert.Contains(global, published);
    }

    [Fact]
    public void A_script_that_cannot_be_minified_is_published_as_written_with_a_warning_at_its_line()
    {
        const string broken = "// hand-written\nfunction greet(name) {\n  return 'hei ' + name;\n\nwindow.greet = greet;\n";
        site.Write("templates/assets/greet.js", broken);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP1300");
        Assert.False(warning.IsError);
        Assert.EndsWith("templates/assets/greet.js", warning.Location.Path);
        Assert.True(warning.Location.Line > 0);
        var published = Assert.Single(site.OutputFiles(), f => f.Contains("assets/greet.", StringComparison.Ordinal));
        Assert.Equal(broken, File.ReadAllText(Path.Combine(site.Output, published)));
    }
}
