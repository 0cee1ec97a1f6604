using DecisionsPortal.Law;
using Markdig.Helpers;
using Markdig.Parsers;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>
/// Parses <c>[[words]]{.personal}</c> with the same pattern the redaction uses (<see cref="PersonalDataMarks"/>),
/// over the paragraph's lines joined, so a mark whose words wrap onto the next line is one mark.
/// </summary>
public sealed class PersonalDataParser : InlineParser
{
    public PersonalDataParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var match = PersonalDataMarks.Pattern().Match(slice.Text, slice.Start, slice.End - slice.Start + 1);
        if (!match.Success || match.Index != slice.Start)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new PersonalDataInline
        {
            Text = PersonalDataMarks.Words(match),
            Span = new Markdig.Syntax.SourceSpan(start, start + match.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += match.Length;
        return true;
    }
}
