using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

[Collection(CorpusCollection.Name)]
public sealed class CorpusTests(CorpusOpenDataTests.Corpus corpus)
{
    [Fact]
    public void A_generated_corpus_of_300_decisions_builds_with_every_decision_paged_and_listed_once()
    {
        // The corpus's build asserts that it succeeded.
        var site = corpus.Site;
        var model = corpus.Model;
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
