using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>serve sees an edit of the register of members as a build would, though no decision changed.</summary>
public sealed class MemberRegisterServeTests
{
    [Fact]
    public void An_edited_register_changes_the_members_page_and_the_votes_grouping_at_the_next_rebuild()
    {
        using var site = new TestSite(MemberTown.Files);
        var served = Path.Combine(site.Root, "served");
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), served);
        Assert.True(rebuilder.Rebuild().Status.Ok);
        Assert.Contains("Sosialidemokraattinen valtuustoryhmä", File.ReadAllText(Path.Combine(served, MemberTown.Bertta)), StringComparison.Ordinal);

        var path = Path.Combine(site.Root, "content", "members.yml");
        Assert.Contains("Bertta Berg\n    group: sdp", File.ReadAllText(path), StringComparison.Ordinal);
        File.WriteAllText(path, MemberTown.Register.Replace("Bertta Berg\n    group: sdp", "Bertta Berg\n    group: kok", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        var (status, result) = rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal) { path });

        Assert.True(status.Ok, string.Join("\n", result.Diagnostics));
        Assert.Contains("Valtuustoryhmä: Kokoomuksen valtuustoryhmä", File.ReadAllText(Path.Combine(served, MemberTown.Bertta)), StringComparison.Ordinal);
        var against = Html.Parse(File.ReadAllText(Path.Combine(served, MemberTown.Decision))).QuerySelectorAll("tr.votes-against p.vote-group").Select(p => p.TextContent);
        Assert.Contains("Kokoomuksen valtuustoryhmä: Bertta Berg", against);
    }
}
