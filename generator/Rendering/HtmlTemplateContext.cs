using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DecisionsPortal.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value written by <c>{{ … }}</c> unless it is
/// <see cref="RawHtml"/>. Escaping by default means a theme author cannot forget it, and text
/// from front matter can never become markup, whatever the template does with it.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    // The builtins (array, string, …) are stateless; sharing one object between pages avoids
    // Scriban's deep copy of every builtin module for each page's context.
    public HtmlTemplateContext(ScriptObject? builtins = null)
        : base(builtins ?? GetDefaultBuiltinObject())
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        RecursiveLimit = 50;
    }

    // Our view records are read by compiled getters, not through reflection (see ViewAccessor).
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.Serves(target) ? ViewAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return base.Write(span, raw.Html);
            case PageBuffer rendered when Output is PageBuffer output && string.IsNullOrEmpty(CurrentIndent):
                // A page's own rendered body, written into its layout: copied buffer to buffer.
                output.Write(rendered.Span);
                return this;
            case PageBuffer rendered:
                return base.Write(span, rendered.ToString());
            case MarkdownHtml markdown when Output is PageBuffer output && string.IsNullOrEmpty(CurrentIndent):
                markdown.WriteTo(output);
                return this;
            case MarkdownHtml markdown:
                return base.Write(span, markdown.ToString());
        }

        // Escaped straight into the output, run by run: no escaped copy of the value is made.
        var text = ObjectToString(textAsObject) ?? "";
        var start = 0;
        var next = text.AsSpan().IndexOfAny(HtmlText.Special);
        while (next >= 0)
        {
            Write(text, start, next);
            Write(HtmlText.Entity(text[start + next]));
            start += next + 1;
            next = text.AsSpan(start).IndexOfAny(HtmlText.Special);
        }

        return Write(text, start, text.Length - start);
    }
}
