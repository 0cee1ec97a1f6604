using DecisionsPortal.Search;

namespace DecisionsPortal.Tests.Support;

/// <summary>The words the index build reads a text as (<see cref="Tokenizer.Scan"/>), each as a string.</summary>
public static class ScannedWords
{
    public static List<(string Word, int Position, bool Joined)> Of(string text)
    {
        var words = new List<(string, int, bool)>();
        Tokenizer.Scan(text, (word, position, joined) => words.Add((word.ToString(), position, joined)));
        return words;
    }
}
