using DiffPlex;

namespace DecisionsPortal.Rendering.Changes;

/// <summary>
/// Cuts a text into words, runs of spaces and paragraph breaks (<see cref="Paragraph"/>), so the
/// diff compares whole words (Finnish inflection changes a word's end, and a half-word mark helps
/// nobody) and keeps the texts' paragraphs.
/// </summary>
internal sealed class WordChunker : IChunker
{
    public const string Paragraph = "\n";

    public static readonly WordChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Kind(text[i]) != Kind(text[i - 1]) || text[i] == '\n')
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }

        return pieces;
    }

    // 0: a word's letter, digit or punctuation; 1: a space; 2: a paragraph break.
    private static int Kind(char c) => c == '\n' ? 2 : char.IsWhiteSpace(c) ? 1 : 0;
}
