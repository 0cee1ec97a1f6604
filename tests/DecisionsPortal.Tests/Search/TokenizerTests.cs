using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

public sealed class TokenizerTests
{
    [Fact]
    public void A_hyphenated_compound_longer_than_any_buffer_is_still_indexed_joined()
    {
        var parts = Enumerable.Range(0, 60).Select(i => "Osa" + new string((char)('a' + (i % 26)), 8)).ToList();
        var words = ScannedWords.Of(string.Join('-', parts) + " ja EU-hanke");

        Assert.Contains((string.Concat(parts).ToLowerInvariant(), 0, true), words);
        Assert.Contains(("euhanke", parts.Count + 1, true), words);
    }
}
