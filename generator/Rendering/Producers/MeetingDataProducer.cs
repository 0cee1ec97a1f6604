using DecisionsPortal.Output;
using DecisionsPortal.Rendering.Data.Meetings;
using DecisionsPortal.Rendering.Data;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// Open data of the meetings: per language <c>meetings.json</c> and <c>meetings.csv</c> (every
/// meeting with its agenda items, decided or not yet), and their JSON Schema at
/// <c>data/meetings.schema.json</c>. Written only when the site has meetings.
/// </summary>
public sealed class MeetingDataProducer(SiteModel site, Incremental.Fingerprints fingerprints) : IOutputProducer
{
    public IEnumerable<OutputFile> Produce()
    {
        if (site.Council.Meetings.Count == 0)
        {
            yield break;
        }

        yield return new OutputFile(site.Paths.MeetingDataSchema, JsonSchemas.Read("meetings.schema.json"));
        var factory = new MeetingDataFactory(site);
        var licence = LicenceData.Of(site.Config);
        foreach (var language in site.Config.Languages.Where(l => site.Council.Meetings.Any(m => m.Language == l)))
        {
            var meetings = new Lazy<IReadOnlyList<MeetingData>>(() => factory.Of(language));
            var json = site.Paths.MeetingData(language, "json");
            var csv = site.Paths.MeetingData(language, "csv");
            yield return OutputFile.OnDemand(json, fingerprints.AllButBodies, () => new OutputFile(json,
                OpenDataJson.SerializeToUtf8(new MeetingsFile(site.Paths.Absolute(site.Paths.MeetingDataSchema), language, site.Config.Title[language], licence, meetings.Value.Count, meetings.Value))));
            yield return OutputFile.OnDemand(csv, fingerprints.AllButBodies, () => new OutputFile(csv, MeetingsCsv.Write(meetings.Value)));
        }
    }
}
