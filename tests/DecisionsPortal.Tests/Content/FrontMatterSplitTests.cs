using System.Text;
using CsCheck;
using DecisionsPortal.Content;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// Files are split into front matter and body straight from their bytes; the result must be
/// exactly the split of the decoded text (line endings made '\n') by the plain line-by-line
/// reading below, whatever the line endings, markers and stray carriage returns.
/// </summary>
public sealed class FrontMatterSplitTests
{
    private static readonly Gen<string> Pieces = Gen.OneOf(
        "---", "...", "--- ", "---\t", "\n", "\r\n", "\r", "\r\r\n", " ", "title: x", "ä", "😀", "text", "- a", "", "\u200B", "\uFEFF", "\u2060")
        .Array[0, 24].Select(parts => string.Concat(parts));

    [Theory]
    [InlineData("---\ntitle: x\n---\nbody\n")]
    [InlineData("---\r\ntitle: x\r\n---\r\nbody\r\n")]
    [InlineData("---\ntitle: x\r\r\n---")]
    [InlineData("---\n---\n")]
    [InlineData("---\n\n...\nrest")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("no front matter")]
    [InlineData("")]
    [InlineData("\u200B---\ntitle: x\n\uFEFF---\nbody\n")]
    [InlineData("---\ntitle: x\n\u2060\uFEFF...\n")]
    public void Splitting_the_bytes_gives_what_splitting_the_text_gives(string text) => SameSplit(text);

    [Fact]
    public void Splitting_the_bytes_of_any_mix_of_markers_and_line_endings_gives_what_splitting_the_text_gives() =>
        Gen.OneOf(Pieces, Pieces.Select(p => "---\n" + p), Pieces.Select(p => "---\r\n" + p + "\r\n---\r\n" + p))
            .Sample(SameSplit, iter: 5_000);

    private static void SameSplit(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var (fromText, textProblem) = SplitText(StrictUtf8.Decode(bytes).Text!);
        var (fromBytes, bytesProblem) = FrontMatter.Split(StrictUtf8.WithoutByteOrderMark(bytes));
        Assert.Equal(textProblem, bytesProblem);
        Assert.Equal(fromText, fromBytes);
    }

    // The front matter rules read as plainly as they can be: the first line "---", up to the next
    // line "---" or "...", each marker allowing trailing blanks and a '\r', and characters of no
    // width before it, the first of which is remembered with its line.
    private static (FrontMatter? FrontMatter, FrontMatter.Problem Problem) SplitText(string text)
    {
        var lines = text.Split('\n');
        if (!IsMarker(lines[0], dotsToo: false))
        {
            return (null, FrontMatter.Problem.Missing);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (IsMarker(lines[i], dotsToo: true))
            {
                (int, char)? unseen = ZeroWidth.Contains(lines[0][0]) ? (1, lines[0][0]) : ZeroWidth.Contains(lines[i][0]) ? (i + 1, lines[i][0]) : null;
                return (new FrontMatter(string.Join('\n', lines[1..i]), 2, string.Join('\n', lines[(i + 1)..]), i + 2) { UnseenBeforeMarker = unseen }, FrontMatter.Problem.None);
            }
        }

        return (null, FrontMatter.Problem.Unclosed);
    }

    private static readonly char[] ZeroWidth = ['\u200B', '\uFEFF', '\u2060'];

    private static bool IsMarker(string line, bool dotsToo) => line.TrimStart(ZeroWidth).TrimEnd('\r', ' ', '\t') is "---" || (dotsToo && line.TrimStart(ZeroWidth).TrimEnd('\r', ' ', '\t') is "...");
}
