using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>serve keeps the output paths claimed between rebuilds: an address claimed by an earlier build is free again, one claimed twice in this build is not.</summary>
public sealed class ServeAliasClaimTests
{
    [Fact]
    public void An_old_address_moved_to_another_decision_is_served_there_and_claimed_twice_is_an_error()
    {
        using var site = new TestSite(
            $"-- content/fi/2025/uusi-nimi.md --\n{Decisions.Finnish(extra: "aliases: [fi/vanha/]")}\n" +
            $"-- content/fi/2025/toinen.md --\n{Decisions.Finnish(title: "Toinen")}");
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        Assert.Contains("uusi-nimi", File.ReadAllText(Path.Combine(served, "fi", "vanha", "index.html")), StringComparison.Ordinal);

        var first = Path.Combine(site.Root, "content", "fi", "2025", "uusi-nimi.md");
        var second = Path.Combine(site.Root, "content", "fi", "2025", "toinen.md");
        Save(first, Decisions.Finnish());
        Save(second, Decisions.Finnish(title: "Toinen", extra: "aliases: [fi/vanha/]"));
        var (moved, movedResult) = rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal) { first, second });

        Assert.True(moved.Ok, string.Join("\n", movedResult.Diagnostics));
        Assert.Contains("toinen", File.ReadAllText(Path.Combine(served, "fi", "vanha", "index.html")), StringComparison.Ordinal);

        Save(first, Decisions.Finnish(extra: "aliases: [fi/vanha/]"));
        var (twice, twiceResult) = rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal) { first });

        Assert.False(twice.Ok);
        Assert.Equal(DiagnosticCodes.AliasCollides, Assert.Single(twiceResult.Diagnostics, d => d.IsError).Code);
    }

    private static void Save(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
    }
}
