using DecisionsPortal.Diagnostics;
using DecisionsPortal.Rendering;
using Scriban.Runtime;

namespace DecisionsPortal.Tests.Support;

/// <summary>A renderer over a theme made of the given templates (name without ".html", text), and the bag its errors go to.</summary>
public static class TemplateRenderers
{
    public static (TemplateRenderer Renderer, DiagnosticBag Diagnostics) Of(params (string Name, string Text)[] templates)
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in templates)
        {
            folder.Write(name + ".html", text);
        }

        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(folder.Path, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories), diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return (new TemplateRenderer(set, new Dictionary<string, string> { ["site.css"] = "/assets/site.1.css" }, diagnostics), diagnostics);
    }

    /// <summary>The page as the build writes it, decoded; null when a template failed.</summary>
    public static string? Render(this TemplateRenderer renderer, string pageTemplate, ScriptObject model, SourceLocation page, string layout = "layouts/base") =>
        renderer.RenderUtf8(pageTemplate, model, page, layout) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;
}
