using System.Runtime.CompilerServices;

namespace DecisionsPortal.Diagnostics;

/// <summary>
/// Collects the diagnostics of one run. Stages add to it instead of throwing, so a user sees
/// every problem of every file at once. Thread-safe because loading and rendering run in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (gate)
        {
            items.AddRange(diagnostics);
        }
    }

    // Call sites write interpolated strings; the handler keeps them as a template and its
    // arguments, so the message can be printed in the editor's language (MessageText). The
    // priority settles an interpolated string whose holes are all constants, which C# could
    // also turn into a string and so into a MessageText.
    [OverloadResolutionPriority(1)]
    public void Error(string code, SourceLocation location, MessageHandler message) =>
        Add(new Diagnostic(Severity.Error, code, message.ToMessage(), location));

    public void Error(string code, SourceLocation location, MessageText message) =>
        Add(new Diagnostic(Severity.Error, code, message, location));

    [OverloadResolutionPriority(1)]
    public void Warning(string code, SourceLocation location, MessageHandler message) =>
        Add(new Diagnostic(Severity.Warning, code, message.ToMessage(), location));

    public void Warning(string code, SourceLocation location, MessageText message) =>
        Add(new Diagnostic(Severity.Warning, code, message, location));

    /// <summary>
    /// For an id refused between Word's quotes (<see cref="Suggestions.Quoted"/>), takes back the
    /// warning of <paramref name="code"/> that YAML's reading gave at its place: the error names the
    /// quotes and says what to write for an id, not how to show the quotes.
    /// </summary>
    public void WithdrawQuoteWarning(string value, string code, SourceLocation location)
    {
        if (Shared.TypographicQuotes.Inside(value) is null)
        {
            return;
        }

        lock (gate)
        {
            items.RemoveAll(d => d.Code == code && d.Location == location);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (gate)
            {
                return items.Any(d => d.IsError);
            }
        }
    }

    /// <summary>Sorted by file, line and column so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (gate)
        {
            // Most bags (one a file while loading) stay empty: no sort is set up for them.
            if (items.Count == 0)
            {
                return [];
            }

            return items
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
