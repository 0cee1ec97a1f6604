namespace DecisionsPortal.Yaml;

/// <summary>
/// What an editor reads about a YAML text, one format string a message, so that a catalogue in
/// another language can replace each whole. Every message names what to type, not what the parser saw.
/// </summary>
public static class YamlMessages
{
    public const string Tab = "a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces";
    public const string ColonInValue = "the value of '{0}' contains ': ', which YAML reads as the start of another field; put the value in quotes: `{1}`";

    // A heading copied with its colon ('Lausunto asemakaavasta:'): there is no ': ' in it to find.
    public const string ColonAtEnd = "the value of '{0}' ends with ':', which YAML reads as the start of another field; put the value in quotes, or leave the colon out: `{1}`";
    public const string BlockNotIndented = "the text under '{0}' must be indented: start this line with two spaces: `  {1}`";
    public const string BlockLineNotIndented = "this line continues the text under '{0}' but is not indented like the lines above it: start it with {1} spaces";
    public const string UnseenSpaceAfterColon = "after the colon is {0} (U+{1:X4}), which YAML does not read as a space, so this line is no field: type an ordinary space there: `{2}`";
    public const string TypedBullet = "this line begins with '{0}' (U+{1:X4}), which Word or a phone types for '-' at the start of a list: YAML reads it as text, not as an item of the list; type a hyphen: `{2}`";
    public const string FieldsWithoutBraces = "the fields of one item are written on this line, separated by commas: put them in braces: `{0}`";
    public const string NoSpaceAfterColon = "put a space after the colon: `{0}`";
    public const string UnclosedQuote = "the quote {0} that begins this value is not closed: end the value with {0} on the same line: `{1}`";
    public const string UnclosedBracket = "the '{0}' on this line is not closed: end the list or mapping with '{1}' on the same line";
    public const string Anchor = "anchors ('&{0}') are not read in these files: remove '&{0}'";
    public const string Alias = "aliases ('*{0}') are not read in these files: write the value out in full instead";
    public const string Tag = "type tags ('{0}') are not read in these files: remove '{0}' (every value is read as text)";
    public const string RepeatedKey = "'{0}' is given twice (first on line {1}); keep one of them";
    public const string RepeatedUnindentedKey = "'{0}' is given twice (first on line {1}); if this one is a field of '{2}' on line {3}, indent it under '{2}': `{4}`; otherwise keep one of them";
    public const string SecondDocument = "'---' starts a second YAML document here, which is not read: remove the '---'";
    public const string TooDeep = "lists and mappings are nested more than {0} levels deep here; look for a stray '[' or '{{'";
    public const string TextAfterQuote = "the value of '{0}' begins with the quote {1}, so it ends at the next {1}, here, and YAML cannot read the text after it: put the whole value in quotes: `{2}`";
    public const string HalfCharacter = "the value of '{0}' has '{1}', half of a character (a surrogate) that no text can hold: write the character itself, or its whole code, e.g. '\\U0001F600' for 😀";
    public const string BackslashInQuotes = "between double quotes a backslash '\\' begins a sign such as '\\n' (a line break): use single quotes, in which a backslash is text: `{0}`";
    public const string EscapedSpace = "between double quotes '\\{0}' is read as a tab or a line break, not as a backslash and '{0}': if you meant a backslash (as in a Windows path), use single quotes, in which a backslash is text: `{1}`";
    public const string GluedNote = "the value of '{0}' is empty: YAML reads the text after ' #' as a note for the reader, not as the value; if '{1}' is the value, leave the '#' out, or put the value in quotes: `{2}`";
    public const string ValueBeforeNote = "the value of '{0}' ends before '{1}': YAML reads the text after ' #' as a note for the reader, not as part of the value; if it is part of the value, put the whole value in quotes: `{2}`";
    public const string TypographicQuotes = "the value of '{0}' is between typographic quotes ({1}), which YAML keeps as part of the text, so the site shows them: if they were meant to enclose the value, type straight quotes or none: `{2}`; to show them, put the value in single quotes: `{3}`";
    public const string SignAtStart = "the value of '{0}' begins with '{1}', which YAML reads as a sign, not as text: put the value in quotes: `{2}`";
    public const string TextAfterBlockSign = "'{1}' at the start of the value of '{0}' begins a block of text, which starts on the next line: move the text after '{1}' to the next line, indented by two spaces; or, if '{1}' is part of the text, put the value in quotes: `{2}`";
    public const string StrayBracket = "this '{0}' closes nothing: remove it";
    public const string ItemAfterField = "a list item '- ' cannot follow '{0}:' on the same line: write the list in brackets, `{1}`, or each item on its own line below '{0}:', beginning with '  - '";
    public const string ItemAmongFields = "'- ' begins an item of a list, but fields such as '{0}' are written here: remove the '- '";
    public const string NotAField = "this line is not 'field: value': put a colon after the name of the field: `{0}`";
    public const string NotAFieldOrText = "this line is not 'field: value': if it goes on with the text of '{0}' on line {1}, put '|' after '{0}:' and the text on the lines below it, each indented by two spaces; if it is a field, put a colon after its name: `{2}`";
    public const string IndentedUnderValue = "this line is indented more than '{0}' on line {1}, but '{0}' already has its value there, so this line cannot belong to it: start the line with {2} spaces like '{0}'";
    public const string IndentedUnderTopValue = "this line is indented, but '{0}' on line {1} already has its value there, so this line cannot belong to it: remove the indentation";
    public const string FieldsUnderValue = "the lines from here are indented as fields of '{0}' on line {1}, but '{0}' already has its value there ('{2}'): remove '{2}' from line {1}, or remove the indentation of these lines";
    public const string IndentedUnlikeFields = "this line is indented like none of the fields above it: start it with {0} spaces like '{1}' on line {2}";
    public const string ItemsIndentedUnlike = "the '-' of this item is indented by {0} spaces, but the '-' of the item above it on line {1} by {2}: start every item of the list with the same number of spaces";
    public const string FieldAtItemDash = "this line is indented like the '-' of the item on line {0}, so it is not a field of that item: start it with {1} spaces like '{2}'";
    public const string ItemInItem = "this line is indented more than the item on line {0}, so YAML reads it as the rest of that item, '{1}', not as an item of its own: start its '-' with {2} spaces like that item's";
    public const string ItemInValue = "YAML reads this line as the rest of the text of '{0}', '{1}', not as an item of a list: to keep the text's lines as written, put '|' after '{0}:' and the text on the lines below it, each indented by two spaces";
    public const string Syntax = "invalid YAML: {0}";
    public const string EndsInsideBracket = "invalid YAML: the text ends inside an unclosed '{{', '[' or quote";
    public const string Unreadable = "invalid YAML: the text cannot be read from here on; check this line and the one before it for a stray ':', quote, '&', '*' or line break";
}
