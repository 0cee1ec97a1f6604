using System.Collections.Concurrent;
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
    private readonly ThreadLocal<HtmlTemplateContext?> contexts = new();
    private ScriptObject? functions;

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext(builtins);
        context.PushGlobal(functions ??= Functions());
        return context;
    }

    /// <summary>Returns the page, or null when a template failed (the failure is in the diagnostics).</summary>
    public string? Render(string pageTemplate, ScriptObject model, SourceLocation page, string layout = "layouts/base")
    {
        // One context per thread, reused page after page: a new TemplateContext allocates its
        // stacks and caches every time. Only the page's model is pushed and popped; a context
        // that saw an error is dropped, so no half-unwound state reaches the next page.
        var context = contexts.Value ??= NewContext();
        context.PushGlobal(model);
        try
        {
            var body = RenderTemplate(context, pageTemplate);
            model.SetValue("content", new RawHtml(body), readOnly: false);
            var html = RenderTemplate(context, layout);
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException e)
        {
            contexts.Value = null;
            Report(new SourceLocation(e.Span.FileName ?? pageTemplate, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage, page);
            return null;
        }
    }

    private string RenderTemplate(TemplateContext context, string name)
    {
        if (!templates.Contains(name))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"template '{name}' not found (expected {name}.html under templates/)");
        }

        context.PushOutput();
        try
        {
            return templates.Get(name).Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Import("include", new Func<TemplateContext, string, RawHtml>((context, name) => new RawHtml(RenderTemplate(context, "partials/" + name))));
        functions.Import("asset", new Func<TemplateContext, string, string>((context, name) =>
            assetLinks.TryGetValue(name, out var link)
                ? link
                : throw new ScriptRuntimeException(context.CurrentSpan, $"asset '{name}' not found under templates/assets/")));
        return functions;
    }

    private void Report(SourceLocation templateLocation, string message, SourceLocation page)
    {
        if (reported.TryAdd($"{templateLocation}\n{message}", true))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, message, templateLocation, page));
        }
    }
}
