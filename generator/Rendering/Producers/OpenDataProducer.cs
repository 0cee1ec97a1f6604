using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Data;
using DecisionsPortal.Shared;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Open data: per language <c>decisions.json</c> and <c>decisions.csv</c> (every decision of the
/// language, newest first, its facts and the address of its record), each decision's own
/// <c>index.json</c> beside its page (the record with its texts), and the JSON Schema that
/// describes them at <c>data/decisions.schema.json</c>.
/// </summary>
public sealed class OpenDataProducer(SiteModel site, Incremental.Fingerprints fingerprints, RecordCache records) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        var paths = site.Paths;
        var factory = new DecisionDataFactory(site);
        yield return new OutputFile(paths.DataSchema, JsonSchemas.Read("decisions.schema.json"));
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
                yield return OutputFile.OnDemand(paths.DecisionData(page.Path), fingerprints.Of(page), () => new OutputFile(paths.DecisionData(page.Path), OpenDataJson.SerializeToUtf8(Record(index))));
            }

            // The language's files from each decision's summary bytes, kept between serve's
            // builds by the decision's fingerprint; a one-off build starts with none kept. serve
            // knows the files by the records' own fingerprints: an edit of a text, which the
            // records leave out, leaves them as they were, and they are not put together again.
            var parts = new Lazy<IReadOnlyList<RecordCache.Record>>(() => records.Of(language.Language, decisions.Count, i => fingerprints.Of(decisions[i]), i =>
                new RecordCache.Record(DecisionsFileParts.JsonRecord(Record(i)), DecisionsFileParts.CsvRow(Record(i)))));
            var frame = new Lazy<DecisionsFile>(() => Frame(site, factory, language.Language, decisions.Count));
            yield return OutputFile.OfParts(paths.Data(language.Language, "json"), () => Of(Fingerprint.Of(DecisionsFileParts.Frame(frame.Value)), parts.Value, r => r.JsonBytes), () =>
                new OutputFile(paths.Data(language.Language, "json"), DecisionsFileParts.Json(frame.Value, parts.Value.Select(r => r.Json).ToList())));
            yield return OutputFile.OfParts(paths.Data(language.Language, "csv"), () => Of(default, parts.Value, r => r.CsvBytes), () =>
                new OutputFile(paths.Data(language.Language, "csv"), DecisionsFileParts.Csv(parts.Value.Select(r => r.Csv).ToList())));
        }
    }

    // A bulk file's fingerprint: of its frame and of each record, in order.
    private static Fingerprint Of(Fingerprint frame, IReadOnlyList<RecordCache.Record> records, Func<RecordCache.Record, Fingerprint> bytes)
    {
        var all = new Fingerprint[records.Count + 1];
        all[0] = frame;
        for (var i = 0; i < records.Count; i++)
        {
            all[i + 1] = bytes(records[i]);
        }

        return Fingerprint.Of(all);
    }

    private static DecisionsFile Frame(Site.SiteModel site, DecisionDataFactory factory, string language, int count)
    {
        var removed = site.Council.Tombstones
            .Where(t => t.Language == language)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(factory.Tombstone)
            .ToList();
        var licence = LicenceData.Of(site.Config);
        return new DecisionsFile(site.Paths.Absolute(site.Paths.DataSchema), language, site.Config.Title[language], licence, count, [], removed);
    }
}
