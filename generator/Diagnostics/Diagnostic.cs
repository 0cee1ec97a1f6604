namespace DecisionsPortal.Diagnostics;

/// <summary>
/// One problem found in the input. <see cref="Related"/> chains a second place, such as the
/// template line that failed while rendering a decision. <see cref="Message"/> is the English
/// text; <see cref="Text"/> the same message before it is put in the editor's language.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    SourceLocation? Related = null)
{
    private readonly MessageText? text;

    public Diagnostic(Severity severity, string code, MessageText text, SourceLocation location, SourceLocation? related = null)
        : this(severity, code, text.ToString(), location, related)
    {
        this.text = text;
    }

    public bool IsError => Severity == Severity.Error;

    public MessageText Text
    {
        get => text ?? Message;
        init => text = value;
    }
}
