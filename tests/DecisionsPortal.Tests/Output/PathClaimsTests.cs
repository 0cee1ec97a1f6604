using System.Runtime.CompilerServices;
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ClaimAPageMadeFromAModel(PathClaims claims)
    {
        var model = new byte[16 << 20];
        Assert.Null(claims.Claim(OutputFile.OnDemand("fi/paatokset/2025/vanha/index.html", null, () => new OutputFile("fi/paatokset/2025/vanha/index.html", model[..1]))));
        return new WeakReference(model);
    }
}
