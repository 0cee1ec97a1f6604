using Markdig.Syntax.Inlines;

namespace DecisionsPortal.Markup.PersonalData;

/// <summary>Words marked as personal data, shown until the Model stage replaces them with a placeholder.</summary>
public sealed class PersonalDataInline : LeafInline
{
    public required string Text { get; init; }
}
