using DecisionsPortal.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Renders a page template, then wraps it in its layout. Templates may call <c>include "name"</c>
/// (a partial, rendered with the same variables) and <c>asset "site.css"</c> (the fingerprinted
/// address of a theme file). A template error is reported once, at its template line.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, IReadOnlyDictionary<string, string> assetLinks, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, bool> reported = new(StringComparer.Ordinal);

    // Made once and shared by every page (rendering only reads them): building them per page
    // cost a deep copy of Scriban's builtins and two reflection-bound delegates each time.
    private readonly ScriptObject builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly ThreadLocal<Renderer?> renderers = new();
    private ScriptObject? functions;

    private static readonly Template NoTemplate = Template.Parse("");

    /// <summary>What one rendering thread reuses page after page: its context and its two buffers.</summary>
    private sealed record Renderer(HtmlTemplateContext Context, CompiledScope Scope)
    {
        public PageBuffer Body { get; } = new();

        public PageBuffer Page { get; } = new();
    }

    private Renderer NewRenderer()
    {
        var context = new HtmlTemplateContext(builtins);
        var global = functions ??= Functions();
        context.PushGlobal(global);
        var scope = new CompiledScope(context, global, builtins, Compiled, name => Evaluate(context, Find(context, name)));
        return new Renderer(context, scope);
    }

    private int fallbacks;

    /// <summary>Pages whose compiled templates gave up and were rendered by Scriban's walk instead (shown by <c>--timings</c>).</summary>
    public int Fallbacks => Volatile.Read(ref fallbacks);

    // Each template compiled once, on first use; null when it needs Scriban's own walk.
    private readonly ConcurrentDictionary<string, CompiledTemplate?> compiled = new(StringComparer.Ordinal);
    private Func<string, CompiledTemplate?>? compile;

    private CompiledTemplate? Compiled(string name) =>
        templates.Contains(name) ? compiled.GetOrAdd(name, compile ??= n => CompiledTemplate.TryCompile(templates.Get(n))) : null;

    /// <summary>The page as UTF-8, as it is written to disk, or null when a template failed (the failure is in the diagnostics).</summary>
    public byte[]? RenderUtf8(string pageTemplate, ScriptObject model, SourceLocation page, string layout = "layouts/base")
    {
        // One context per thread, reused page after page: a new TemplateContext allocates its
        // stacks and caches every time. Only the page's model is pushed and popped; a context
        // that saw an error is dropped, so no half-unwound state reaches the next page.
        var renderer = renderers.Value ??= NewRenderer();
        if (Compiled(pageTemplate) is { } compiledPage && Compiled(layout) is { } compiledLayout)
        {
            if (RenderCompiled(renderer, compiledPage, compiledLayout, model))
            {
                return renderer.Page.ToUtf8();
            }

            // Anything the compiled form could not decide as Scriban would: Scriban renders the
            // page again from the start, in a fresh context, and reports any error itself.
            Interlocked.Increment(ref fallbacks);
            model.Remove("content");
            renderer = renderers.Value = NewRenderer();
        }

        var context = renderer.Context;
        try
        {
            return PageInLayout(renderer, model, body => RenderTemplate(context, pageTemplate, body), page => RenderTemplate(context, layout, page)).ToUtf8();
        }
        catch (ScriptRuntimeException e)
        {
            renderers.Value = null;
            Report(new SourceLocation(e.Span.FileName ?? pageTemplate, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage, page);
            return null;
        }
    }

    // The page into the body's buffer, then its layout, which writes the body from that buffer
    // (no string of it is made), into the page's. The model is pushed for both: a partial left to
    // Scriban's walk by the compiled form reads, and assigns into, the page's model, not the
    // functions every page and thread shares.
    private static PageBuffer PageInLayout(Renderer renderer, ScriptObject model, Action<PageBuffer> page, Action<PageBuffer> layout)
    {
        renderer.Context.PushGlobal(model);
        renderer.Body.Clear();
        page(renderer.Body);
        model.SetValue("content", renderer.Body, readOnly: false);
        renderer.Page.Clear();
        layout(renderer.Page);
        renderer.Context.PopGlobal();
        return renderer.Page;
    }

    private static bool RenderCompiled(Renderer renderer, CompiledTemplate page, CompiledTemplate layout, ScriptObject model)
    {
        var scope = renderer.Scope;
        scope.Model = model;
        try
        {
            PageInLayout(renderer, model, body => RunCompiled(renderer.Context, page, scope, body), output => RunCompiled(renderer.Context, layout, scope, output));
            return true;
        }
        catch (Exception e) when (e is CompiledTemplate.FallbackException or ScriptRuntimeException)
        {
            // Only what the compiled form hands over on purpose, or a template error Scriban
            // reports at its line: any other exception is a bug of ours and surfaces as one.
            return false;
        }
    }

    private static void RunCompiled(TemplateContext context, CompiledTemplate template, CompiledScope scope, PageBuffer output) =>
        WriteInto(context, output, () =>
        {
            scope.Reset();
            template.Run(scope);
        });

    private Template Find(TemplateContext context, string name) => templates.Contains(name)
        ? templates.Get(name)
        : throw new ScriptRuntimeException(context.CurrentSpan, $"template '{name}' not found (expected {name}.html under templates/)");

    private void RenderTemplate(TemplateContext context, string name, PageBuffer output)
    {
        var template = Find(context, name);
        WriteInto(context, output, () => Evaluate(context, template));
    }

    private static void WriteInto(TemplateContext context, PageBuffer output, Action write)
    {
        // Scriban counts what a context has written and, past its LimitToString (1 MiB), cuts
        // the rest off with "..." and no error. Only Template.Render starts the count again;
        // rendering an empty template does that and nothing else (it writes nothing, and the
        // context's own output it reads back stays empty). So the limit is counted per template.
        NoTemplate.Render(context);
        context.PushOutput(output);
        try
        {
            write();
        }
        finally
        {
            context.PopOutput();
        }
    }

    private string RenderToString(TemplateContext context, string name)
    {
        var template = Find(context, name);
        context.PushOutput();
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    /// <summary>
    /// What <see cref="Template.Render(TemplateContext)"/> does, without its last step: that
    /// copies the whole output into a new string, which a page in a <see cref="PageBuffer"/>
    /// never needs.
    /// </summary>
    private static void Evaluate(TemplateContext context, Template template)
    {
        if (template.Page is null)
        {
            return;
        }

        context.PushSourceFile(template.SourceFilePath ?? "");
        try
        {
            var result = context.Evaluate(template.Page);
            if (result is not null && context.EnableOutput)
            {
                context.Write(template.Page.Span, result);
            }
        }
        finally
        {
            context.PopSourceFile();
        }
    }

    /// <summary>
    /// A partial written where it is included: straight into the page's buffer when it is a
    /// statement of its own at the start of a line (as every include of the theme is), else
    /// returned as text, so that an indented include keeps Scriban's indentation of every line
    /// and an include inside an expression still gives its value.
    /// </summary>
    private object? Include(TemplateContext context, ScriptNode? caller, string name)
    {
        var partial = "partials/" + name;
        if (caller?.Parent is ScriptExpressionStatement && string.IsNullOrEmpty(context.CurrentIndent))
        {
            Evaluate(context, Find(context, partial));
            return null;
        }

        return new RawHtml(RenderToString(context, partial));
    }

    private ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.SetValue("include", new TemplateFunction("name", Include), readOnly: false);
        functions.SetValue("asset", new TemplateFunction("name", (context, _, name) =>
            assetLinks.TryGetValue(name, out var link)
                ? link
                : throw new ScriptRuntimeException(context.CurrentSpan, $"asset '{name}' not found under templates/assets/")), readOnly: false);
        return functions;
    }

    private void Report(SourceLocation templateLocation, string message, SourceLocation page)
    {
        if (reported.TryAdd($"{templateLocation}\n{message}", true))
        {
            // Scriban's own words are English; the frame around them is in the editor's language.
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, MessageText.Of($"the template failed here while making a page: {message}"), templateLocation, page));
        }
    }
}
