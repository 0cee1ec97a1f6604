namespace DecisionsPortal.Yaml;

/// <summary>
/// What an editor reads about a YAML text, one format string a message, so that a catalogue in
/// another language can replace each whole. Every message names what to type, not what the parser saw.
/// </summary>
public static class YamlMessages
{
    public const string Tab = "a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces";
    public const string ColonInValue = "the value of '{0}' contains ': ', which YAML reads as the start of another field; put the value in quotes: `{1}`";
    public const string BlockNotIndented = "the text under '{0}' must be indented: start this line with two spaces: `  {1}`";
    public const string BlockLineNotIndented = "this line continues the text under '{0}' but is not indented like the lines above it: start it with {1} spaces";
    public const string NoSpaceAfterColon = "put a space after the colon: `{0}`";
    public const string UnclosedQuote = "the quote {0} that begins this value is not closed: end the value with {0} on the same line: `{1}`";
    public const string UnclosedBracket = "the '{0}' on this line is not closed: end the list or mapping with '{1}' on the same line";
    public const string Anchor = "anchors ('&{0}') are not read in these files: remove '&{0}'";
    public const string Alias = "aliases ('*{0}') are not read in these files: write the value out in full instead";
    public const string Tag = "type tags ('{0}') are not read in these files: remove '{0}' (every value is read as text)";
    public const string RepeatedKey = "'{0}' is given twice (first on line {1}); keep one of them";
    public const string SecondDocument = "'---' starts a second YAML document here, which is not read: remove the '---'";
    public const string TooDeep = "lists and mappings are nested more than {0} levels deep here; look for a stray '[' or '{{'";
    public const string Syntax = "invalid YAML: {0}";
    public const string EndsInsideBracket = "invalid YAML: the text ends inside an unclosed '{{', '[' or quote";
    public const string Unreadable = "invalid YAML: the text cannot be read from here on; check this line and the one before it for a stray ':', quote, '&', '*' or line break";
}
