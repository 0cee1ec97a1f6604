using System.Text;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Tests.Support;
using Scriban.Runtime;

namespace DecisionsPortal.Tests.Rendering;

public sealed class TemplateRendererTests
{
    private static (TemplateRenderer Renderer, DiagnosticBag Diagnostics) Renderer(params (string Name, string Text)[] templates) => TemplateRenderers.Of(templates);

    private static ScriptObject Model(string text) => new() { ["text"] = text };

    [Fact]
    public void Many_large_pages_rendered_one_after_another_are_each_complete()
    {
        // Scriban cuts a context's output off after 1 MiB; the renderer reuses one context a thread.
        var (renderer, diagnostics) = Renderer(("page", "{{ text }}"), ("layouts/base", "<main>{{ content }}</main>{{ include \"footer\" }}"), ("partials/footer", "<footer></footer>"));
        var text = new string('a', 400_000);

        for (var i = 0; i < 5; i++)
        {
            var html = Encoding.UTF8.GetString(renderer.RenderUtf8("page", Model(text), new SourceLocation("page.html"))!);
            Assert.Equal("<main>" + text + "</main><footer></footer>", html);
        }

        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void An_included_partial_appears_where_it_is_included_and_sees_the_page_variables()
    {
        var (renderer, _) = Renderer(("page", "<p>{{ include \"greeting\" }}</p>{{ include \"greeting\" }}"), ("layouts/base", "{{ content }}"), ("partials/greeting", "Hei {{ text }} & <b>"));

        Assert.Equal("<p>Hei Anna &amp; Bertil & <b></p>Hei Anna &amp; Bertil & <b>", renderer.Render("page", Model("Anna & Bertil"), new SourceLocation("page.html")));
    }

    [Fact]
    public void An_include_used_as_a_value_gives_the_partial_as_text()
    {
        var (renderer, _) = Renderer(("page", "{{ x = include \"greeting\" }}[{{ x }}]{{ (include \"greeting\") | string.size }}"), ("layouts/base", "{{ content }}"), ("partials/greeting", "Hei"));

        Assert.Equal("[Hei]3", renderer.Render("page", Model(""), new SourceLocation("page.html")));
    }

    [Fact]
    public void An_indented_include_indents_every_line_of_the_partial()
    {
        var (renderer, _) = Renderer(("page", "<ul>\n  {{ include \"items\" }}\n</ul>"), ("layouts/base", "{{ content }}"), ("partials/items", "<li>a</li>\n<li>b</li>"));

        var lines = renderer.Render("page", Model(""), new SourceLocation("page.html"))!.Split('\n');

        Assert.Equal(4, lines.Length);
        Assert.All(lines[1..3], line => Assert.Matches("^  +<li>[ab]</li>$", line));
    }

    [Fact]
    public void A_missing_partial_or_asset_is_reported_at_its_template_line()
    {
        var (renderer, diagnostics) = Renderer(("page", "a\n{{ include \"nothing\" }}"), ("other", "{{ asset \"site.css\" }}{{ asset \"none.css\" }}"), ("layouts/base", "{{ content }}"));

        Assert.Null(renderer.RenderUtf8("page", Model(""), new SourceLocation("page.html")));
        Assert.Null(renderer.RenderUtf8("other", Model(""), new SourceLocation("other.html")));
        var messages = diagnostics.ToSortedList().Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.Contains("page.html(2,", StringComparison.Ordinal) && m.Contains("template 'partials/nothing' not found", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("asset 'none.css' not found", StringComparison.Ordinal));
    }
}
