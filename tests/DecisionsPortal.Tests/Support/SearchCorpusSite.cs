using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// The generated corpus at the size the issue names (2,000 decisions a language, every tenth
/// Finnish only), plus a few decisions written for one search behaviour each, built once and
/// served for a test class (xunit class fixture).
/// </summary>
public sealed class SearchCorpusSite : IAsyncLifetime
{
    public const int Size = 2000;

    public TestSite Site { get; } = new();

    public StaticServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CorpusGenerator.Write(Site, Size);
        // Words that stand alone here make the corpus's vocabulary know them as compound parts.
        Site.Write("content/fi/2020/hallituksen-esitys.md", Decisions.Finnish(title: "Hallituksen esitys", date: "2020-02-03", text: "Hallitus esittää lakimuutosta."));
        Site.Write("content/sv/2020/hallituksen-esitys.md", Decisions.Swedish(title: "Styrelsens förslag", date: "2020-02-03", text: "Styrelsen sammanträder i mars."));
        Site.Write("content/fi/2020/lumiaurausohjelma.md", Decisions.Finnish(title: "Lumiaurausohjelman hyväksyminen", date: "2020-03-02",
            text: "Kaupunginhallitus hyväksyy lumiaurausohjelman. Taloudellinen kestävyys on tärkeää."));
        Site.Write("content/sv/2020/lumiaurausohjelma.md", Decisions.Swedish(title: "Godkännande av snöplogningsprogrammet", date: "2020-03-02",
            text: "Stadsstyrelsen godkänner snöplogningsprogrammet."));
        Site.Write("content/fi/2020/kestavyys.md", Decisions.Finnish(title: "Talouden tasapaino", date: "2020-03-03",
            text: "Kestävyys on taloudellinen kysymys."));
        // The same decision, once with its diacritics and once as OCR left it (an older date).
        Site.Write("content/fi/2020/hameenlinna-a.md", Decisions.Finnish(title: "Yhteistyö Hämeenlinnan kanssa", date: "2020-04-02", text: "Hämeenlinna ehdottaa yhteistyötä."));
        Site.Write("content/fi/2020/hameenlinna-b.md", Decisions.Finnish(title: "Yhteistyö Hameenlinnan kanssa", date: "2020-04-01", text: "Hameenlinna ehdottaa yhteistyötä."));
        var result = Site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        Server = await StaticServer.StartAsync(Site.Output);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
