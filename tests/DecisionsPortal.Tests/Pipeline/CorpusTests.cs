using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

public sealed class CorpusTests
{
    [Fact]
    public void A_generated_corpus_of_300_decisions_builds_with_every_decision_paged_and_listed_once()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 300);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        var model = result.Site!;
        Assert.Equal(300, model["fi"].Decisions.Count);
        Assert.Equal(270, model["sv"].Decisions.Count);
        foreach (var decision in model.Decisions)
        {
            Assert.True(site.Exists(decision.Path + "index.html"), decision.Path);
        }

        foreach (var language in new[] { "fi", "sv" })
        {
            var all = model[language].All;
            var linked = all.Pages
                .SelectMany(p => Html.Parse(site.Read(p.Path + "index.html")).QuerySelectorAll(".decision-list a.decision-link"))
                .Select(a => a.GetAttribute("href"))
                .ToList();
            Assert.Equal(300, linked.Count);
            Assert.Equal(300, linked.Distinct().Count());
            Assert.Equal(60, all.Pages.Count);
        }
    }
}
