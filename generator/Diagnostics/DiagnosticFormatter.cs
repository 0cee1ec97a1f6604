namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Prints diagnostics the way compilers do (<c>path(line,col): error DP0001: message</c>), which
/// editors and CI logs turn into links; under GitHub Actions also as workflow annotations so
/// they appear on the lines of a pull request.
/// </summary>
public static class DiagnosticFormatter
{
    public static string Format(Diagnostic d)
    {
        var severity = d.IsError ? "error" : "warning";
        var text = $"{d.Location}: {severity} {d.Code}: {d.Message}";
        return d.Related is null ? text : $"{text} (at {d.Related})";
    }

    public static string FormatGitHubAnnotation(Diagnostic d)
    {
        var severity = d.IsError ? "error" : "warning";
        var properties = $"file={Escape(d.Location.Path, true)}";
        if (d.Location.Line > 0)
        {
            properties += $",line={d.Location.Line},col={Math.Max(d.Location.Column, 1)}";
        }

        return $"::{severity} {properties},title={d.Code}::{Escape(d.Message, false)}";
    }

    public static void WriteAll(IEnumerable<Diagnostic> diagnostics, TextWriter writer, bool gitHubActions)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine(Format(d));
            if (gitHubActions)
            {
                writer.WriteLine(FormatGitHubAnnotation(d));
            }
        }
    }

    // The workflow-command syntax reserves these characters; see GitHub's "workflow commands" docs.
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? escaped.Replace(":", "%3A").Replace(",", "%2C") : escaped;
    }
}
