using System.Text;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// <c>decisions.json</c> and <c>decisions.csv</c> put together from each decision's own bytes,
/// so that serve can keep the records of unchanged decisions (<see cref="Incremental.RecordCache"/>).
/// The bytes are exactly those of <see cref="OpenDataJson.SerializeToUtf8{T}"/> of the whole
/// <see cref="DecisionsFile"/> and of <see cref="DecisionsCsv.Write"/>: a record is serialised at
/// the depth it has in the file, and the file's frame is serialised with no records.
/// </summary>
public static class DecisionsFileParts
{
    // A record inside {"decisions": [ … ]} is indented as in the file, where "decisions" is also a property of the root.
    private static readonly byte[] RecordPrefix = Encoding.UTF8.GetBytes("{\n  \"decisions\": [\n");
    private static readonly byte[] RecordSuffix = Encoding.UTF8.GetBytes("\n  ]\n}\n");
    private static readonly byte[] EmptyList = Encoding.UTF8.GetBytes("\n  \"decisions\": [],");
    private static readonly byte[] CsvHeader = DecisionsCsv.Write([]);

    /// <summary>A decision's record as it appears in <c>decisions.json</c>, without the separating comma and line end.</summary>
    public static byte[] JsonRecord(DecisionData record)
    {
        var bytes = OpenDataJson.SerializeToUtf8(new Slot([record]));
        if (!bytes.AsSpan().StartsWith(RecordPrefix) || !bytes.AsSpan().EndsWith(RecordSuffix))
        {
            throw new InvalidOperationException("a decision record was not serialised inside its frame as expected");
        }

        return bytes[RecordPrefix.Length..^RecordSuffix.Length];
    }

    /// <summary>A decision's row in <c>decisions.csv</c>, with its line end.</summary>
    public static byte[] CsvRow(DecisionData record) => DecisionsCsv.Write([record])[CsvHeader.Length..];

    /// <summary>The whole <c>decisions.json</c>: <paramref name="frame"/> (its decisions are ignored) with these records.</summary>
    public static byte[] Json(DecisionsFile frame, IReadOnlyList<byte[]> records)
    {
        var empty = OpenDataJson.SerializeToUtf8(frame with { Decisions = [] });
        if (records.Count == 0)
        {
            return empty;
        }

        // The first such line is the property: a string value before it cannot hold an unescaped quote.
        var at = empty.AsSpan().IndexOf(EmptyList);
        if (at < 0)
        {
            throw new InvalidOperationException("decisions.json has no empty decisions list to fill");
        }

        var open = Encoding.UTF8.GetBytes("\n  \"decisions\": [\n");
        var close = Encoding.UTF8.GetBytes("\n  ],");
        var size = empty.Length - EmptyList.Length + open.Length + close.Length + 2 * (records.Count - 1);
        foreach (var record in records)
        {
            size += record.Length;
        }

        var bytes = new byte[size];
        var written = 0;
        Put(empty.AsSpan(0, at));
        Put(open);
        for (var i = 0; i < records.Count; i++)
        {
            if (i > 0)
            {
                Put(",\n"u8);
            }

            Put(records[i]);
        }

        Put(close);
        Put(empty.AsSpan(at + EmptyList.Length));
        return bytes;

        void Put(ReadOnlySpan<byte> part)
        {
            part.CopyTo(bytes.AsSpan(written));
            written += part.Length;
        }
    }

    /// <summary>The whole <c>decisions.csv</c> from its rows.</summary>
    public static byte[] Csv(IReadOnlyList<byte[]> rows)
    {
        var bytes = new byte[CsvHeader.Length + rows.Sum(r => r.Length)];
        CsvHeader.CopyTo(bytes, 0);
        var written = CsvHeader.Length;
        foreach (var row in rows)
        {
            row.CopyTo(bytes, written);
            written += row.Length;
        }

        return bytes;
    }

    private sealed record Slot(IReadOnlyList<DecisionData> Decisions);
}
