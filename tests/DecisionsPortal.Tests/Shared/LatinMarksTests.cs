using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Shared;

public sealed class LatinMarksTests
{
    // The generator runs without ICU and keeps its own table; the test process has ICU, so each
    // Latin letter with one accent up to U+024F is checked against Unicode's canonical decomposition:
    // a typo in one of the table's three parallel strings, or a letter missing from it, cannot go unseen.
    [Fact]
    public void Each_accented_letter_is_decomposed_as_unicode_decomposes_it()
    {
        Assert.Equal("a\u0308", "ä".Normalize(NormalizationForm.FormD));
        var letters = Enumerable.Range(0x00C0, 0x0250 - 0x00C0).Select(c => ((char)c).ToString())
            .Where(c => c.Normalize(NormalizationForm.FormD) is { Length: 2 } parts && char.IsAsciiLetter(parts[0]))
            .ToList();

        var wrong = letters.Select(c => (Letter: c, Ours: LatinMarks.Decomposed(c)))
            .Where(x => x.Ours != x.Letter.Normalize(NormalizationForm.FormD))
            .Select(x => $"{x.Letter}: {string.Join(' ', x.Ours.Select(ch => $"U+{(int)ch:X4}"))}")
            .ToList();

        Assert.Empty(wrong);
        Assert.Equal("Pa\u0308a\u0308to\u0308s", LatinMarks.Decomposed("Päätös"));
        Assert.Equal("A\u030Aland", LatinMarks.Decomposed("Åland"));
    }

    // The tool is published with InvariantGlobalization, where string.Normalize changes nothing; this
    // process has ICU, so a call would pass every in-process test and fail only in the tool (DP0184
    // took 'pa\u0308a\u0308to\u0308s.pdf' and 'päätös.pdf' for two files that way).
    [Fact]
    public void No_generator_code_leans_on_string_Normalize()
    {
        var calls = Directory.EnumerateFiles(Path.Combine(Repository.Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, at) => (File: Path.GetRelativePath(Repository.Root, f), Line: at + 1, Text: line)))
            .Where(l => l.Text.Contains(".Normalize()", StringComparison.Ordinal) || l.Text.Contains("NormalizationForm", StringComparison.Ordinal))
            .Select(l => $"{l.File}({l.Line}): {l.Text.Trim()}")
            .ToList();

        Assert.Empty(calls);
    }
}
