using DecisionsPortal.Search;

namespace DecisionsPortal.Tests.Search;

public sealed class TokenizerTests
{
    [Fact]
    public void A_hyphenated_compound_longer_than_any_buffer_is_still_indexed_joined()
    {
        var parts = Enumerable.Range(0, 60).Select(i => "Osa" + new string((char)('a' + (i % 26)), 8)).ToList();
        var tokens = Tokenizer.Tokenize(string.Join('-', parts) + " ja EU-hanke", withJoinedCompounds: true);

        Assert.Contains(tokens, t => t.Word == string.Concat(parts).ToLowerInvariant() && t.Position == 0);
        Assert.Contains(tokens, t => t.Word == "euhanke" && t.Position == parts.Count + 1);
    }
}
