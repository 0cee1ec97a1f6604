using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// Reports a text that nests deeper, or makes the Markdown parser read longer, than any
/// decision's text (<see cref="MarkdownNesting"/>, <see cref="MarkdownDefinitions"/>,
/// <see cref="MarkdownLinkTails"/>), so that no renderer is handed it.
/// </summary>
public static class MarkdownLimits
{
    /// <param name="start">Where the text's first line is.</param>
    /// <returns>False when the text was reported.</returns>
    public static bool Check(string? markdown, SourceLocation start, DiagnosticBag diagnostics)
    {
        if (markdown is null || Problem(markdown) is not var (line, code, message))
        {
            return true;
        }

        diagnostics.Error(code, start with { Line = start.Line + line - 1, Column = line == 1 ? start.Column : 1 }, message);
        return false;
    }

    // The first limit the text passes, at its one-based line; cheapest and commonest first.
    private static (int Line, string Code, MessageText Message)? Problem(string markdown)
    {
        if (MarkdownNesting.Check(markdown) is var (at, problem))
        {
            return problem == MarkdownNesting.Problem.TooDeep
                ? (at, DiagnosticCodes.MarkdownTooDeep, MessageText.Format(MarkdownNesting.Message, MarkdownNesting.MaxDepth))
                : (at, DiagnosticCodes.MarkdownTooManyMarks, MessageText.Format(MarkdownNesting.MarksMessage, MarkdownNesting.MaxMarks));
        }

        if (MarkdownDefinitions.TooLong(markdown) is { } run)
        {
            return (run, DiagnosticCodes.MarkdownDefinitionRun, MessageText.Format(MarkdownDefinitions.Message, MarkdownDefinitions.MaxRun));
        }

        return MarkdownLinkTails.TooLong(markdown) is { } tail
            ? (tail, DiagnosticCodes.MarkdownLinkTooLong, MessageText.Format(MarkdownLinkTails.Message, MarkdownLinkTails.MaxOpen))
            : null;
    }
}
