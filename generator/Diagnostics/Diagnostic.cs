namespace DecisionsPortal.Diagnostics;

/// <summary>
/// One problem found in the input. <see cref="Related"/> chains a second place, such as the
/// template line that failed while rendering a decision.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    SourceLocation? Related = null)
{
    public bool IsError => Severity == Severity.Error;
}
