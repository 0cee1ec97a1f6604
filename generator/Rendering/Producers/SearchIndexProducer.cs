using DecisionsPortal.Output;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// The search index files of every language (<see cref="Search.SiteSearch"/>), built side by side;
/// the search page that loads them is an ordinary page (<see cref="HtmlPageProducer"/>).
/// </summary>
public sealed class SearchIndexProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var languages = context.Site.Languages;
        var indexes = new Search.SearchFiles[languages.Count];
        Parallel.For(0, indexes.Length, i => indexes[i] = context.Search[languages[i].Language]);
        return indexes.SelectMany(index => index.Files);
    }
}
