using DecisionsPortal.Shared;

namespace DecisionsPortal.Rendering;

/// <summary>
/// The open data records: each decision's bytes in <c>decisions.json</c> and in
/// <c>decisions.csv</c>, by the fingerprint of the decision's own files (the site and all of the
/// decision), so that after an edit a language's files re-serialise only the edited records and
/// concatenate the rest. Kept per language, replaced whole when the language's files are made,
/// so it holds only the records of the last build. A one-off build starts with it empty: the
/// same path makes every record.
/// </summary>
public sealed class RecordCache
{
    private readonly Dictionary<string, Dictionary<Fingerprint, Record>> languages = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Clear()
    {
        lock (gate)
        {
            languages.Clear();
        }
    }

    /// <summary>The records of a language's decisions (by their index), in order: kept ones where the fingerprint stands, the others made.</summary>
    public IReadOnlyList<Record> Of(string language, int count, Func<int, Fingerprint> fingerprint, Func<int, Record> make)
    {
        Dictionary<Fingerprint, Record>? previous;
        lock (gate)
        {
            languages.TryGetValue(language, out previous);
        }

        var keys = new Fingerprint[count];
        var records = new Record[count];
        Parallel.For(0, count, i =>
        {
            keys[i] = fingerprint(i);
            records[i] = previous is not null && previous.TryGetValue(keys[i], out var kept) ? kept : make(i);
        });

        var current = new Dictionary<Fingerprint, Record>(count);
        for (var i = 0; i < records.Length; i++)
        {
            current[keys[i]] = records[i];
        }

        lock (gate)
        {
            languages[language] = current;
        }

        return records;
    }

    /// <summary>
    /// One decision's bytes in the language's <c>decisions.json</c> (indented as there, without the
    /// comma) and <c>decisions.csv</c> (its row), with their fingerprints: the language's files are
    /// known by them, so an edit that leaves every record as it was (a change of a text, which the
    /// records leave out) does not put the files together again.
    /// </summary>
    public sealed record Record(byte[] Json, byte[] Csv)
    {
        public Fingerprint JsonBytes { get; } = Fingerprint.Of(Json);

        public Fingerprint CsvBytes { get; } = Fingerprint.Of(Csv);
    }
}
