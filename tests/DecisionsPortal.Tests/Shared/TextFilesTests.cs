namespace DecisionsPortal.Tests.Shared;

/// <summary>A file someone wrote is read up to its limit (it may have grown since its size was looked at), not a byte past it.</summary>
public sealed class TextFilesTests
{
    // Across a boundary of the reader's chunks (80 KB) and not.
    [Theory]
    [InlineData(81_920)]
    [InlineData(100_000)]
    public void A_file_of_exactly_the_limit_is_read_whole_and_one_byte_more_is_refused(int limit)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textfiles-{Guid.NewGuid():N}.md");
        try
        {
            var bytes = Enumerable.Range(0, limit + 1).Select(i => (byte)('a' + (i % 26))).ToArray();
            File.WriteAllBytes(path, bytes[..limit]);
            var whole = TextFiles.ReadAll(path, limit);
            File.WriteAllBytes(path, bytes);
            var past = TextFiles.ReadAll(path, limit);

            Assert.Equal(bytes[..limit], whole);
            Assert.Null(past);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
