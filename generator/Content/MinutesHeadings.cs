using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Content;

/// <summary>
/// A section of the minutes copied whole keeps its headings: 'Päätösehdotus' above the proposal,
/// 'Päätös' above the decision, 'Valmistelu' above the text, 'Esittelijä' before the presenter's
/// name. The page writes each of them itself above its field, so a copied one is shown twice, and
/// a proposal or decision left in the text below its heading is published as preparation. Each
/// such line is warned at: a heading alone on its line, or followed by a colon, or (as a PDF's two
/// columns paste it) by the text in capitals.
/// </summary>
public static class MinutesHeadings
{
    // Longest first, so that 'Esittelijän päätösehdotus' is one heading.
    private static readonly (string Heading, string? Field, bool BeforeText)[] Headings =
    [
        ("esittelijän päätösehdotus", "proposal", true), ("föredragandens beslutsförslag", "proposal", true),
        ("föredragandens förslag", "proposal", false), ("päätösehdotus", "proposal", true), ("beslutsförslag", "proposal", true),
        ("ehdotus", "proposal", false), ("förslag", "proposal", false),
        ("päätös", "decision", true), ("beslut", "decision", true),
        ("valmistelu", null, false), ("beredning", null, false),
        ("esittelijä", "presenter", true), ("föredragande", "presenter", true), ("valmistelija", "preparer", true), ("beredare", "preparer", true),
    ];

    private const string InTheText = "'{0}' is a heading of the minutes, copied into the text: the page shows '{1}:' under that heading itself, and this line and the text after it as preparation; move that text into '{1}:' and delete this line";

    private const string InAField = "'{0}' is a heading of the minutes, copied into '{2}:': the page shows '{1}:' under that heading itself; move the text after this line into '{1}:' and delete this line";

    private const string APerson = "'{0}' is a line of the minutes naming a person, and the page shows '{1}:' under that heading itself: check that '{1}:' names the same person, and delete this line";

    // The heading with no name after it on its line: the name, if the minutes give one, is below.
    private const string APersonsHeading = "'{0}' is a heading of the minutes, and the page shows '{1}:' under that heading itself: delete this line, and the name below it if one was copied from the minutes, once you have checked that '{1}:' names the same person";

    private const string ItsOwn = "'{0}' is the heading the page already shows above this text, so it would be shown twice: delete the heading";

    /// <summary>One of a decision's Markdown texts (<see cref="MarkdownField.Texts"/>); <paramref name="field"/> null for the text below the front matter.</summary>
    public static void Check(string markdown, MarkdownField.Place place, string? field, DiagnosticBag diagnostics)
    {
        // Read line by line without a string a line: every decision is checked on every load.
        bool[]? code = null;
        var first = true;
        var rest = markdown.AsSpan();
        for (var i = 0; ; i++)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (!line.IsWhiteSpace())
            {
                var atFirst = first;
                first = false;
                if (Heading(line) is var (heading, meant, alone, named)
                    && !(alone && GoesOn(end < 0 ? default : rest[(end + 1)..]))
                    && !(code ??= MarkdownField.CodeLines(markdown, markdown.AsSpan().Count('\n') + 1))[i])
                {
                    Report(heading, meant, named, field, atFirst, place(i, line.Length - line.TrimStart(' ').Length + 1), diagnostics);
                }
            }

            if (end < 0)
            {
                return;
            }

            rest = rest[(end + 1)..];
        }
    }

    private static void Report(string heading, string? meant, bool named, string? field, bool atFirst, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (meant is "preparer" or "presenter")
        {
            diagnostics.Warning(DiagnosticCodes.MinutesHeading, at, MessageText.Format(named ? APerson : APersonsHeading, heading, meant));
        }
        else if (meant == field)
        {
            if (atFirst)
            {
                diagnostics.Warning(DiagnosticCodes.MinutesHeading, at, MessageText.Format(ItsOwn, heading));
            }
        }
        else if (meant is not null)
        {
            diagnostics.Warning(DiagnosticCodes.MinutesHeading, at,
                field is null ? MessageText.Format(InTheText, heading, meant) : MessageText.Format(InAField, heading, meant, field));
        }
    }

    // A word alone on its line, with the next line going on in small letters, is a sentence wrapped
    // by hand ('Kaupunginhallituksen / päätös / perustui …'), not a heading.
    private static bool GoesOn(ReadOnlySpan<char> next)
    {
        var line = next.IndexOf('\n') is var end and >= 0 ? next[..end] : next;
        line = line.TrimStart(' ');
        return line.Length > 0 && char.IsLower(line[0]);
    }

    // The heading a line begins with, as written, its field, whether it stands alone and whether
    // text follows it on the line: after at most three spaces, a Markdown heading's '#' or bold's
    // '**', and followed by nothing, a colon, or a capital.
    private static (string Heading, string? Field, bool Alone, bool Named)? Heading(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd('\r').TrimStart(' ');
        if (line.Length - text.Length > 3)
        {
            return null;
        }

        text = text.TrimStart('#').TrimStart(" \t").TrimStart("*_");
        foreach (var (heading, field, beforeText) in Headings)
        {
            if (!text.StartsWith(heading, StringComparison.OrdinalIgnoreCase) || (text.Length > heading.Length && char.IsLetter(text[heading.Length])))
            {
                continue;
            }

            var rest = text[heading.Length..];
            var colon = rest.TrimStart("*_").StartsWith(':');
            rest = rest.TrimStart("*_:").TrimStart("*_").Trim();
            return rest.Length == 0 || colon || (beforeText && char.IsUpper(rest[0]) && char.IsWhiteSpace(text[heading.Length]))
                ? (text[..heading.Length].ToString(), field, rest.Length == 0 && !colon && text.Length == line.TrimEnd('\r').TrimStart(' ').Length, rest.Length > 0)
                : null;
        }

        return null;
    }
}
