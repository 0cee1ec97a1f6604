using System.Text.Json;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>The council's record in the open data: cases, meetings, votes, corrections and what was removed.</summary>
public sealed class CouncilOpenDataTests
{
    private static (TestSite Site, JsonElement Root) Build()
    {
        var site = new TestSite(CouncilTown.Files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var json = site.Read("fi/decisions.json");
        Assert.Empty(OpenData.SchemaErrors(site.Read("data/decisions.schema.json"), json));
        return (site, JsonDocument.Parse(json).RootElement.Clone());
    }

    [Fact]
    public void A_decision_record_carries_its_case_meeting_status_votes_and_dissent()
    {
        var (site, root) = Build();
        using var _ = site;

        var board = root.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("key").GetString() == "2025/hallitus-katto");

        Assert.Equal("EXE/12/10.03/2025", board.GetProperty("dnro").GetString());
        Assert.Equal("3/2025", board.GetProperty("meeting").GetString());
        Assert.Equal("amended", board.GetProperty("status").GetString());
        Assert.Equal(7, board.GetProperty("votes").GetProperty("for").GetProperty("count").GetInt32());
        Assert.Equal(["Anna Aho", "Eero Esa"], board.GetProperty("votes").GetProperty("against").GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.False(board.GetProperty("confidential").GetBoolean());
    }

    [Fact]
    public void Withdrawn_and_deleted_decisions_are_listed_as_removed_with_their_dates_and_not_as_decisions()
    {
        var (site, root) = Build();
        using var _ = site;

        var removed = root.GetProperty("removed").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("date").GetString(), r.GetProperty("reason").GetString()))
            .ToList();

        Assert.Contains(("2025/peruttu", "2025-03-01", "withdrawn"), removed);
        Assert.Contains(("2024/vanha-paatos", "2025-01-15", "deleted"), removed);
        Assert.DoesNotContain(root.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("key").GetString() == "2025/peruttu");
        Assert.Empty(JsonDocument.Parse(site.Read("sv/decisions.json")).RootElement.GetProperty("removed").EnumerateArray());
    }

    [Fact]
    public void A_confidential_decision_is_in_the_open_data_without_its_text()
    {
        var (site, root) = Build();
        using var _ = site;

        var secret = root.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("confidential").GetBoolean());

        Assert.False(secret.TryGetProperty("decision", out var _));
        using var own = JsonDocument.Parse(site.Read(new Uri(secret.GetProperty("data_url").GetString()!).AbsolutePath.TrimStart('/')));
        Assert.Equal(JsonValueKind.Null, own.RootElement.GetProperty("decision").ValueKind);
        Assert.Equal("", own.RootElement.GetProperty("text").GetString());
        Assert.Empty(secret.GetProperty("attachments").EnumerateArray());
        Assert.DoesNotContain(CouncilTown.SecretDecision, site.Read("fi/decisions.csv"));
    }
}
