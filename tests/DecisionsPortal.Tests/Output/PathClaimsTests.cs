using System.Runtime.CompilerServices;
using CsCheck;
using DecisionsPortal.Output;

namespace DecisionsPortal.Tests.Output;

public sealed class PathClaimsTests
{
    [Fact]
    public void Serves_claims_keep_no_file_of_an_earlier_build_alive()
    {
        // serve keeps its claims for the whole session: a decision renamed or deleted must not
        // keep the model its page was made from (here a stand-in of 16 MB) for as long as serve runs.
        var claims = new PathClaims();
        claims.NextBuild();
        var model = ClaimAPageMadeFromAModel(claims);

        claims.NextBuild();
        Assert.Null(claims.Claim(OutputFile.Text("fi/index.html", "etusivu")));
        claims.NextBuild();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(model.IsAlive);
    }

    [Fact]
    public void Two_files_of_one_build_on_one_path_collide_and_the_alias_line_is_named()
    {
        var claims = new PathClaims();
        claims.NextBuild();
        var alias = new DecisionsPortal.Diagnostics.SourceLocation("content/fi/2025/a.md", 8, 10);
        Assert.Null(claims.Claim(new OutputFile("fi/vanha/index.html", [1]) { Origin = alias }));

        var standing = claims.Claim(OutputFile.Text("fi/vanha/index.html", "sivu"));

        Assert.Equal(new ClaimedPath("fi/vanha/index.html", alias), standing);
        claims.NextBuild();
        Assert.Null(claims.Claim(OutputFile.Text("fi/vanha/index.html", "sivu")));
    }

    [Fact]
    public void Claims_kept_from_build_to_build_judge_each_build_as_a_fresh_table_does()
    {
        // serve keeps one table for its whole session, and an edit may add, drop or move any path:
        // each build's answers (which path stands in whose way) must be those of a table that has
        // seen only that build. Paths from a few names, so that files and folders meet often.
        var path = Gen.Int[1, 4].SelectMany(depth => Gen.OneOf("a", "b", "c.txt", "index.html").Array[depth])
            .Select(parts => string.Join('/', parts));
        var build = Gen.Select(path, Gen.Bool).Array[0, 12];
        build.Array[1, 6].Sample(builds =>
        {
            var kept = new PathClaims();
            foreach (var files in builds)
            {
                kept.NextBuild();
                var fresh = new PathClaims();
                fresh.NextBuild();
                foreach (var (claimed, aliased) in files)
                {
                    var origin = aliased ? new DecisionsPortal.Diagnostics.SourceLocation("content/fi/a.md", 3, 1) : null;
                    var file = new OutputFile(claimed, [1]) { Origin = origin };
                    Assert.Equal(fresh.Claim(file), kept.Claim(file));
                }
            }
        }, iter: 2000);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ClaimAPageMadeFromAModel(PathClaims claims)
    {
        var model = new byte[16 << 20];
        Assert.Null(claims.Claim(OutputFile.OnDemand("fi/paatokset/2025/vanha/index.html", null, () => new OutputFile("fi/paatokset/2025/vanha/index.html", model[..1]))));
        return new WeakReference(model);
    }
}
