namespace DecisionsPortal.Search;

/// <summary>
/// One word of a text as the tokeniser found it: its lower-cased form and its position (the
/// word count before it). A hyphenated compound's joined form shares its first part's position.
/// </summary>
public sealed record Token(string Word, int Position);
