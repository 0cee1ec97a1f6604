using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

public sealed class GoldenDiffTests
{
    [Fact]
    public void A_golden_mismatch_shows_the_changed_lines_with_their_numbers_and_two_lines_of_context()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20).Select(n => $"line {n}"));
        var actual = expected.Replace("line 10", "line ten").Replace("line 19\n", "");

        var diff = Golden.Diff(expected, actual).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "     8 | line 8", "     9 | line 9", "-   10 | line 10", "+   10 | line ten", "    11 | line 11", "    12 | line 12",
                "...",
                "    17 | line 17", "    18 | line 18", "-   19 | line 19", "    20 | line 20",
            ],
            diff);
    }
}
