using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;

namespace DecisionsPortal.Tests.Output;

/// <summary>The writer over serve's previous output, kept in memory: a folder renamed because one of its files changed is moved, not written anew.</summary>
public sealed class KeptOutputTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dp-writer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_renamed_for_one_changed_file_is_moved_and_only_that_file_is_written()
    {
        var writer = new PreviousOutput();
        Build(writer, ("search/fi/i-aaa/t0.bin", "zero"), ("search/fi/i-aaa/t1.bin", "one"), ("search/fi/i-aaa/t2.bin", "two"), ("search/fi/i-aaa/t3.bin", "three"), ("search/fi/manifest.js", "aaa"));
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(root, "search/fi/i-aaa/t0.bin"));

        var changed = Build(writer, ("search/fi/i-bbb/t0.bin", "zero"), ("search/fi/i-bbb/t1.bin", "one"), ("search/fi/i-bbb/t2.bin", "TWO"), ("search/fi/manifest.js", "bbb"));

        // Written: t2 and the manifest; removed: t3 (t0 and t1 moved with their folder).
        Assert.Equal((2, 1), changed);
        Assert.Equal(["search/fi/i-bbb/t0.bin", "search/fi/i-bbb/t1.bin", "search/fi/i-bbb/t2.bin", "search/fi/manifest.js"], Files());
        Assert.Equal("TWO", File.ReadAllText(Path.Combine(root, "search/fi/i-bbb/t2.bin")));
        Assert.Equal("bbb", File.ReadAllText(Path.Combine(root, "search/fi/manifest.js")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(root, "search/fi/i-bbb/t0.bin")));
        Assert.False(Directory.Exists(Path.Combine(root, "search/fi/i-aaa")));
    }

    [Fact]
    public void A_new_folder_with_mostly_other_files_is_written_and_the_old_one_removed()
    {
        var writer = new PreviousOutput();
        Build(writer, ("m-aaa/0.json", "a"), ("m-aaa/1.json", "b"), ("keep/x.txt", "x"));

        var changed = Build(writer, ("m-bbb/0.json", "c"), ("m-bbb/1.json", "d"), ("keep/x.txt", "x"));

        Assert.Equal((2, 2), changed);
        Assert.Equal(["keep/x.txt", "m-bbb/0.json", "m-bbb/1.json"], Files());
        Assert.Equal("c", File.ReadAllText(Path.Combine(root, "m-bbb/0.json")));
    }

    [Fact]
    public void A_folder_whose_files_are_all_removed_is_removed_too_as_a_clean_build_has_no_empty_folder()
    {
        var writer = new PreviousOutput();
        Build(writer, ("search/fi/i-aaa/t0.bin", "zero"), ("search/fi/i-aaa/deep/t1.bin", "one"), ("search/fi/manifest.js", "aaa"));

        Build(writer, ("search/fi/i-bbb/p0.bin", "other"), ("search/fi/manifest.js", "bbb"));

        Assert.Equal(["search/fi/i-bbb/p0.bin", "search/fi/manifest.js"], Files());
        Assert.Equal(["search", "search/fi", "search/fi/i-bbb"], Folders());
    }

    // A build over its output runs the same writer, its previous output read from disk and the
    // record: a file's bytes are known by fingerprint once the record vouches for it.
    [Fact]
    public void A_build_over_its_output_keeps_an_old_search_folder_until_the_new_one_is_written_beside_it()
    {
        var cache = root + "-cache";
        try
        {
            (string, string)[] first = [("search/fi/i-aaa/t0.bin", "zero"), ("search/fi/i-aaa/t1.bin", "one"), ("search/fi/i-aaa/t2.bin", "two"), ("search/fi/manifest.js", "aaa")];
            BuildOnDisk(cache, first);
            // Written long ago, so that the record of the next build vouches for them.
            var old = DateTime.UtcNow.AddHours(-1);
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                File.SetLastWriteTimeUtc(file, old);
            }

            BuildOnDisk(cache, first);

            var changed = BuildOnDisk(cache, ("search/fi/i-bbb/t0.bin", "zero"), ("search/fi/i-bbb/t1.bin", "one"), ("search/fi/i-bbb/t2.bin", "TWO"), ("search/fi/manifest.js", "bbb"));

            // The live site's search page reads i-aaa until the new manifest is in: i-bbb is written
            // beside it, not made by renaming it, and i-aaa is removed last.
            Assert.Equal((4, 3), changed);
            Assert.Equal([".decisionsportal", "search/fi/i-bbb/t0.bin", "search/fi/i-bbb/t1.bin", "search/fi/i-bbb/t2.bin", "search/fi/manifest.js"], Files());
            Assert.Equal("TWO", File.ReadAllText(Path.Combine(root, "search/fi/i-bbb/t2.bin")));
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    // A build puts a folder where a file stood, and the other way round, as the staging folder does.
    [Fact]
    public void A_file_that_becomes_a_folder_and_a_folder_that_becomes_a_file_are_put_in_place()
    {
        var writer = new PreviousOutput();
        Build(writer, ("fi/liite", "file"), ("fi/kokous/index.html", "page"));

        Build(writer, ("fi/liite/index.html", "now a page"), ("fi/kokous", "now a file"));

        Assert.Equal(["fi/kokous", "fi/liite/index.html"], Files());
        Assert.Equal("now a page", File.ReadAllText(Path.Combine(root, "fi/liite/index.html")));
        Assert.Equal("now a file", File.ReadAllText(Path.Combine(root, "fi/kokous")));
    }

    // A folder like an old one, made where an old file stood: the file goes as in any swap, and
    // the old folder is not renamed onto it.
    [Fact]
    public void A_new_folder_where_an_old_file_stood_is_put_in_place_even_when_an_old_folder_has_its_files()
    {
        var writer = new PreviousOutput();
        Build(writer, ("fi/vanha/t0.bin", "zero"), ("fi/vanha/t1.bin", "one"), ("fi/uusi", "a file"));

        Build(writer, ("fi/uusi/t0.bin", "zero"), ("fi/uusi/t1.bin", "one"));

        Assert.Equal(["fi/uusi/t0.bin", "fi/uusi/t1.bin"], Files());
    }

    // serve copies an attachment by stream: its fingerprint is that of its bytes, so one unchanged
    // (however it was handed over) is not written again, and a changed one is, whole.
    [Fact]
    public void An_attachment_copied_by_stream_is_written_once_and_again_only_when_its_bytes_change()
    {
        var source = Path.Combine(root + "-source", "kartta.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        try
        {
            var bytes = new byte[(2 << 20) + 7];
            new Random(37).NextBytes(bytes);
            File.WriteAllBytes(source, bytes);
            var writer = new PreviousOutput();
            var first = Begin(writer);
            first.Write(new OutputFile("fi/kartta.bin", bytes), bytes);
            Assert.True(first.Finish(succeeded: true));

            var unchanged = Begin(writer);
            unchanged.Copy(OutputFile.CopyOf("fi/kartta.bin", source), source);
            Assert.True(unchanged.Finish(succeeded: true));
            Assert.Equal((0, 0), unchanged.Changed);

            bytes[0] ^= 0xFF;
            File.WriteAllBytes(source, bytes);
            var changed = Begin(writer);
            changed.Copy(OutputFile.CopyOf("fi/kartta.bin", source), source);
            Assert.True(changed.Finish(succeeded: true));
            Assert.Equal((1, 0), changed.Changed);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(root, "fi/kartta.bin")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(source)!, recursive: true);
        }
    }

    private StagingFolder Begin(PreviousOutput previous) => StagingFolder.Begin(root, new DiagnosticBag(), kept: previous)!;

    private (int Written, int Removed) Build(PreviousOutput previous, params (string Path, string Text)[] files)
    {
        var writer = Begin(previous);
        foreach (var (path, text) in files)
        {
            writer.Write(OutputFile.Text(path, text), System.Text.Encoding.UTF8.GetBytes(text));
        }

        Assert.True(writer.Finish(succeeded: true));
        return writer.Changed;
    }

    private (int Written, int Removed) BuildOnDisk(string cache, params (string Path, string Text)[] files)
    {
        var writer = StagingFolder.Begin(root, new DiagnosticBag(), cache)!;
        foreach (var (path, text) in files)
        {
            writer.Write(OutputFile.Text(path, text), System.Text.Encoding.UTF8.GetBytes(text));
        }

        Assert.True(writer.Finish(succeeded: true));
        return writer.Changed;
    }

    private List<string> Files() => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private List<string> Folders() => Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
