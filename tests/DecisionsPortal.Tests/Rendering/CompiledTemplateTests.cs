using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using DecisionsPortal.Rendering.Views;
using DecisionsPortal.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace DecisionsPortal.Tests.Rendering;

public sealed class CompiledTemplateTests
{
    // An assignment is outside the compiled subset: a template that starts with one is walked by Scriban.
    private const string ScribanOnly = "{{ scriban_only = 1 }}";

    private const string Page = """
        <h1>{{ title }}</h1>
        {{~ if (items | array.size) == 0 ~}}
        <p>none</p>
        {{~ else if (items | array.size) > 2 && !hidden ~}}
        <p>many {{ items | array.size }}</p>
        {{~ else ~}}
        <p>few</p>
        {{~ end ~}}
        <ol>
        {{~ for item in items ~}}
        <li><a href="{{ item.url }}"{{ if item.url == current }} aria-current="page"{{ end }}>{{ item.label }}</a> {{ item.count }}{{ if item.count > 1 || item.label == "B" }}+{{ end }}</li>
        {{~ for tag in tags ~}}<i>{{ tag }}{{ item.label }}</i>{{~ end ~}}
        {{ include "item" }}
        {{~ end ~}}
        </ol>
        {{ nothing }}{{ flag }}{{ number }}{{ raw }}{{ !flag }}{{ number == 7 }}{{ number != "7" }}{{ nothing == null }}
        {{ site.name }} {{ asset "site.css" }}
        """;

    private const string Layout = """
        <html>{{ include "head" }}
        <main>{{ content }}</main>
        {{ for item in items }}{{ include "item" }}{{ end }}
        </html>
        """;

    private static (TemplateRenderer Renderer, DiagnosticBag Diagnostics) Renderer(params (string Name, string Text)[] templates) => TemplateRenderers.Of(templates);

    private static ScriptObject Model(int count) => new()
    {
        ["title"] = "Päätökset <& \"'>",
        ["items"] = Enumerable.Range(0, count).Select(i => new LinkView(i == 1 ? "B" : $"Item {i} & co", $"/x/{i}/", i)).ToList(),
        ["tags"] = new List<string> { "<t1>", "t2" },
        ["current"] = "/x/0/",
        ["hidden"] = false,
        ["nothing"] = null,
        ["flag"] = true,
        ["number"] = 7,
        ["raw"] = new RawHtml("<b>raw</b>"),
        ["site"] = new ScriptObject { ["name"] = "Kaupunki & kunta" },
        // A page variable named like a loop variable: inside the loop the loop's value wins, in the partial too.
        ["item"] = new LinkView("outside", "/outside/"),
    };

    private static (TemplateRenderer Renderer, DiagnosticBag Diagnostics) Theme() => Renderer(
        ("page", Page),
        ("page-scriban", ScribanOnly + Page),
        ("layouts/base", Layout),
        ("layouts/scriban", ScribanOnly + Layout),
        ("partials/head", "<head><title>{{ title }}</title></head>"),
        ("partials/item", "[{{ item.label }}]"));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_compiled_template_writes_exactly_what_Scriban_writes(int count)
    {
        var (renderer, diagnostics) = Theme();

        var compiled = renderer.Render("page", Model(count), new SourceLocation("page.html"));
        var walked = renderer.Render("page-scriban", Model(count), new SourceLocation("page.html"), "layouts/scriban");

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        Assert.Equal(0, renderer.Fallbacks);
        Assert.NotNull(compiled);
        Assert.Equal(walked, compiled);
        Assert.Contains("Päätökset &lt;&amp; &quot;&#39;&gt;", compiled, StringComparison.Ordinal);
        Assert.Contains("<b>raw</b>", compiled, StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_s_templates_are_all_compiled_but_the_language_chooser()
    {
        var directory = Repository.Templates;
        var set = TemplateSet.Load(directory, Directory.GetFiles(directory, "*", SearchOption.AllDirectories), new DiagnosticBag())!;

        var notCompiled = set.Names.Where(n => CompiledTemplate.TryCompile(set.Get(n)) is null).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["chooser"], notCompiled);
    }

    [Fact]
    public void A_missing_variable_in_a_compiled_template_is_reported_as_Scriban_reports_it()
    {
        var (renderer, diagnostics) = Renderer(
            ("page", "ok\n{{ title }} {{ missing.value }}"),
            ("page-scriban", "ok\n{{ title }} {{ missing.value }}" + ScribanOnly),
            ("layouts/base", "{{ content }}"));

        Assert.Null(renderer.Render("page", Model(1), new SourceLocation("a.html")));
        Assert.Equal(1, renderer.Fallbacks);
        Assert.Null(renderer.Render("page-scriban", Model(1), new SourceLocation("b.html")));

        var reported = diagnostics.ToSortedList().ToDictionary(d => Path.GetFileName(d.Location.Path), d => (d.Location.Line, d.Location.Column, d.Message));
        Assert.Equal(2, reported.Count);
        Assert.Equal(reported["page-scriban.html"], reported["page.html"]);
        Assert.Equal(2, reported["page.html"].Line);
        Assert.Contains("`missing` was not found", reported["page.html"].Message, StringComparison.Ordinal);

        // The renderer goes on with the next page as before.
        Assert.Equal("ok\nPäätökset &lt;&amp; &quot;&#39;&gt; ", renderer.Render("page", new ScriptObject { ["title"] = Model(1)["title"], ["missing"] = new ScriptObject { ["value"] = null } }, new SourceLocation("c.html")));
    }

    [Fact]
    public void A_member_the_compiled_form_does_not_read_itself_is_read_by_Scriban()
    {
        // A list's "size" member is not one of ours; the page is rendered by Scriban, with the same result.
        var (renderer, diagnostics) = Renderer(("page", "{{ items.size }} {{ if items.size > 1 }}many{{ end }}"), ("layouts/base", "{{ content }}"));

        Assert.Equal("3 many", renderer.Render("page", Model(3), new SourceLocation("page.html")));
        Assert.Equal(1, renderer.Fallbacks);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_reported_as_Scriban_reports_it_and_the_build_goes_on()
    {
        var (renderer, diagnostics) = Renderer(("page", "{{ include \"loop\" }}"), ("partials/loop", "x{{ include \"loop\" }}"), ("layouts/base", "{{ content }}"));

        Assert.Null(renderer.Render("page", Model(1), new SourceLocation("page.html")));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Contains("recursive depth limit", error.Message, StringComparison.Ordinal);
        Assert.Equal("ok", renderer.Render("layouts/base", new ScriptObject { ["content"] = "ok" }, new SourceLocation("next.html")));
    }

    [Fact]
    public void What_a_partial_left_to_Scriban_assigns_stays_on_its_page()
    {
        // The partial assigns, so Scriban walks it; the page and the layout are compiled.
        var (renderer, diagnostics) = Renderer(
            ("page", "{{ include \"sets\" }}[{{ title }}]"),
            ("other", "<{{ leaked }}>"),
            ("partials/sets", "{{ leaked = \"X\" }}{{ title }}"),
            ("layouts/base", "{{ content }}"));

        Assert.Equal("Päätökset &lt;&amp; &quot;&#39;&gt;[Päätökset &lt;&amp; &quot;&#39;&gt;]", renderer.Render("page", Model(1), new SourceLocation("a.html")));
        Assert.Null(renderer.Render("other", Model(1), new SourceLocation("b.html")));
        Assert.Contains("`leaked` was not found", Assert.Single(diagnostics.ToSortedList()).Message, StringComparison.Ordinal);
    }
}
