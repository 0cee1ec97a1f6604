namespace DecisionsPortal.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
