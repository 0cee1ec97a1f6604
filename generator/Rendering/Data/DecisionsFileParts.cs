namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// <c>decisions.json</c> and <c>decisions.csv</c> put together from each decision's own bytes,
/// so that a rebuild keeps the records of unchanged decisions (<see cref="RecordCache"/>;
/// a one-off build starts with it empty). The bytes are exactly those of
/// <see cref="OpenDataJson.SummaryToUtf8{T}"/> of the whole <see cref="DecisionsFile"/> and of
/// <see cref="DecisionsCsv.Write"/>, except that each record of decisions.json has a line of its own
/// (a diff of two builds then shows which decisions changed): a record is its summary's own JSON,
/// and the file's frame is serialised with no records.
/// </summary>
public static class DecisionsFileParts
{
    private static readonly byte[] EmptyList = Encoding.UTF8.GetBytes("\"decisions\":[],");
    private static readonly byte[] CsvHeader = DecisionsCsv.Write([]);

    /// <summary>A decision's record as it appears in <c>decisions.json</c>, without the separating comma and line end.</summary>
    public static byte[] JsonRecord(DecisionData record) => OpenDataJson.SummaryToUtf8(record)[..^1];

    /// <summary>A decision's row in <c>decisions.csv</c>, with its line end.</summary>
    public static byte[] CsvRow(DecisionData record) => DecisionsCsv.Write([record])[CsvHeader.Length..];

    /// <summary><c>decisions.json</c>'s bytes around its records: <paramref name="frame"/> with no decisions.</summary>
    public static byte[] Frame(DecisionsFile frame) => OpenDataJson.SummaryToUtf8(frame with { Decisions = [] });

    /// <summary>The whole <c>decisions.json</c>: <paramref name="frame"/> (its decisions are ignored) with these records.</summary>
    public static byte[] Json(DecisionsFile frame, IReadOnlyList<byte[]> records)
    {
        var count = records.Count;
        var empty = Frame(frame);
        if (count == 0)
        {
            return empty;
        }

        // The first such text is the property: a string value before it cannot hold an unescaped quote.
        var at = empty.AsSpan().IndexOf(EmptyList);
        if (at < 0)
        {
            throw new InvalidOperationException("decisions.json has no empty decisions list to fill");
        }

        var open = Encoding.UTF8.GetBytes("\"decisions\":[\n");
        var close = Encoding.UTF8.GetBytes("\n],");
        var size = empty.Length - EmptyList.Length + open.Length + close.Length + 2 * (count - 1);
        for (var i = 0; i < count; i++)
        {
            size += records[i].Length;
        }

        var bytes = new byte[size];
        var written = 0;
        Put(empty.AsSpan(0, at));
        Put(open);
        for (var i = 0; i < count; i++)
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
}
