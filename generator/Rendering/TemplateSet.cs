using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using Scriban;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Every template of the theme, parsed once. Names are paths under templates/ without the
/// extension: "decision", "layouts/base", "partials/header".
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> templates;

    private TemplateSet(Dictionary<string, Template> templates) => this.templates = templates;

    /// <param name="files">The theme's files (<see cref="ThemeFiles"/>).</param>
    public static TemplateSet? Load(string directory, IReadOnlyList<string> files, DiagnosticBag diagnostics)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var templates = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)
            && !Path.GetRelativePath(directory, f).StartsWith("assets", StringComparison.Ordinal));
        foreach (var file in templates)
        {
            var shown = PathDisplay.Relative(file);
            var text = File.ReadAllText(file);

            // Saved as Latin-1 ('ANSI'), its ä and ö would be replacement characters on every page.
            if (text.Contains('\uFFFD') && StrictUtf8.FirstBadByte(StrictUtf8.WithoutByteOrderMark(File.ReadAllBytes(file))) is var (line, column))
            {
                diagnostics.Error(DiagnosticCodes.ConfigNotUtf8, new SourceLocation(shown, line, column), TextFileMessages.NotUtf8);
            }

            var template = Template.Parse(text, shown);
            foreach (var message in template.Messages)
            {
                var severity = message.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.TemplateSyntax, severity == Severity.Error
                    ? MessageText.Of($"the template cannot be read here: {message.Message}")
                    : MessageText.Of($"the template may not work as meant here: {message.Message}"),
                    new SourceLocation(shown, message.Span.Start.Line + 1, message.Span.Start.Column + 1)));
            }

            var name = Path.ChangeExtension(Path.GetRelativePath(directory, file), null).Replace('\\', '/');
            parsed[name] = template;
        }

        return diagnostics.HasErrors ? null : new TemplateSet(parsed);
    }

    public bool Contains(string name) => templates.ContainsKey(name);

    public Template Get(string name) => templates[name];

    public IEnumerable<string> Names => templates.Keys;
}
