using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Data;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Open data: per language <c>decisions.json</c> and <c>decisions.csv</c> (every decision of the
/// language, newest first), each decision's own <c>index.json</c> beside its page, and the JSON
/// Schema that describes them at <c>data/decisions.schema.json</c>.
/// </summary>
public sealed class OpenDataProducer : IOutputProducer
{
    public IEnumerable<OutputFile> Produce(RenderContext context)
    {
        var site = context.Site;
        var paths = site.Paths;
        var factory = new DecisionDataFactory(site);
        yield return new OutputFile(paths.DataSchema, Schema());
        foreach (var language in site.Languages)
        {
            // Made later, on all cores, by the Render stage: a decision's data depends on all of it, a language's files on all of its decisions.
            // Each record made once, by whichever file needs it first (its index.json, or the
            // language's files), and shared: two threads that race for one make equal records.
            var decisions = language.Decisions;
            var made = new Data.DecisionData?[decisions.Count];
            Data.DecisionData Record(int i) => Volatile.Read(ref made[i]) ?? (made[i] = factory.Create(decisions[i]));
            for (var i = 0; i < decisions.Count; i++)
            {
                var page = decisions[i];
                var index = i;
                yield return OutputFile.Later(paths.DecisionData(page.Path), context.Fingerprints?.Of(page), () => new OutputFile(paths.DecisionData(page.Path), OpenDataJson.SerializeToUtf8(Record(index))));
            }

            var all = context.Fingerprints?.Of(language.Decisions);
            var records = new Lazy<List<Data.DecisionData>>(() => Enumerable.Range(0, decisions.Count).Select(Record).ToList());
            yield return OutputFile.Later(paths.Data(language.Language, "json"), all, () =>
            {
                var removed = site.Council.Tombstones
                    .Where(t => t.Language == language.Language)
                    .OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(factory.Tombstone)
                    .ToList();
                var file = new DecisionsFile(paths.Absolute(paths.DataSchema), language.Language, site.Config.Title[language.Language], records.Value.Count, records.Value, removed);
                return new OutputFile(paths.Data(language.Language, "json"), OpenDataJson.SerializeToUtf8(file));
            });
            yield return OutputFile.Later(paths.Data(language.Language, "csv"), all, () => new OutputFile(paths.Data(language.Language, "csv"), DecisionsCsv.Write(records.Value)));
        }
    }

    public static byte[] Schema()
    {
        using var stream = typeof(OpenDataProducer).Assembly.GetManifestResourceStream("decisions.schema.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
