using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve builds drafts too into a folder of the machine's temporary folder, shared by every user
/// of the machine; it was readable by all of them (drwxr-xr-x, seen black-box), as is the copy a
/// serve killed without its clean-up leaves there.
/// </summary>
public sealed class ServePreviewFolderTests
{
    [Fact]
    public async Task The_preview_folder_is_its_users_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var word = "Luonnos" + Guid.NewGuid().ToString("N");
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(title: word, extra: "draft: true")}
            """);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);

        var folder = Assert.Single(Directory.EnumerateDirectories(Path.GetTempPath(), "decisions-portal-serve-*"),
            f => File.Exists(Path.Combine(f, "fi/paatokset/2025/a/index.html")) && File.ReadAllText(Path.Combine(f, "fi/paatokset/2025/a/index.html")).Contains(word, StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(folder) & (UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute));
    }
}
