using DecisionsPortal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DecisionsPortal.Yaml;

/// <summary>
/// A YAML text and where it sits in its file: front matter starts below the opening
/// <c>---</c>, so every position the parser reports is shifted by <see cref="LineOffset"/>.
/// </summary>
public sealed record YamlSource(string Path, string Text, int LineOffset = 0)
{
    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line + LineOffset, (int)mark.Column);

    public SourceLocation At(Node node) => At(node.Start);

    /// <summary>Parses the text; a syntax error becomes a diagnostic at its line and null is returned.</summary>
    public Node? Parse(DiagnosticBag diagnostics, string syntaxErrorCode)
    {
        // Nearly every text is plain YAML, read straight from the parser's events; the rest
        // (and every text with an error) goes through YamlDotNet's representation model.
        if (EventTree.TryBuild(Text, out var plain))
        {
            return plain;
        }

        var parser = new TrackingParser(new Parser(new StringReader(Text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : RepresentationTree.Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            diagnostics.Error(syntaxErrorCode, At(e.Start), $"invalid YAML: {StripPosition(message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException when the text ends inside an
            // unclosed flow collection; point at the last line, where the text ran out.
            var lastLine = Text.TrimEnd('\n').Split('\n').Length;
            diagnostics.Error(syntaxErrorCode, new SourceLocation(Path, lastLine + LineOffset, 1), "invalid YAML: the text ends inside an unclosed '{', '[' or quote");
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Other exception types come from YamlDotNet on malformed input it does not expect (a
            // lone carriage return as a key, for one); they carry no position, so report where
            // the last readable node began. Found by the property-based tests.
            var at = At(parser.LastNodeStart);
            diagnostics.Error(syntaxErrorCode, at with { Line = Math.Max(at.Line, 1 + LineOffset) },
                "invalid YAML: the text cannot be read from here on; check this line and the one before it for a stray ':', quote, '&', '*' or line break");
            return null;
        }
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; we print our own position.
    private static string StripPosition(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
