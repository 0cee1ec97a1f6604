using System.Text;

namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// <c>decisions.json</c> and <c>decisions.csv</c> put together from each decision's own bytes,
/// so that a rebuild keeps the records of unchanged decisions (<see cref="RecordCache"/>;
/// a one-off build starts with it empty). The bytes are exactly those of
/// <see cref="OpenDataJson.SerializeToUtf8{T}"/> of the whole <see cref="DecisionsFile"/> and of
/// <see cref="DecisionsCsv.Write"/>: a record is its summary's own JSON indented to its depth in
/// the file, and the file's frame is serialised with no records.
/// </summary>
public static class DecisionsFileParts
{
    private static readonly byte[] EmptyList = Encoding.UTF8.GetBytes("\n  \"decisions\": [],");
    private static readonly byte[] CsvHeader = DecisionsCsv.Write([]);

    /// <summary>A decision's record as it appears in <c>decisions.json</c>, without the separating comma and line end.</summary>
    public static byte[] JsonRecord(DecisionSummary summary)
    {
        var document = OpenDataJson.SerializeToUtf8(summary);
        var bytes = new byte[NestedLength(document)];
        Nest(document, bytes);
        return bytes;
    }

    /// <summary>A decision's row in <c>decisions.csv</c>, with its line end.</summary>
    public static byte[] CsvRow(DecisionSummary record) => DecisionsCsv.Write([record])[CsvHeader.Length..];

    /// <summary>The whole <c>decisions.json</c>: <paramref name="frame"/> (its decisions are ignored) with these records.</summary>
    public static byte[] Json(DecisionsFile frame, IReadOnlyList<byte[]> records)
    {
        var count = records.Count;
        var empty = OpenDataJson.SerializeToUtf8(frame with { Decisions = [] });
        if (count == 0)
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

    // A record's depth in decisions.json: an element of the root's "decisions" list.
    private static ReadOnlySpan<byte> RecordIndent => "    "u8;

    /// <summary>The length of a document (without its final line end) with every line indented by <see cref="RecordIndent"/>.</summary>
    private static int NestedLength(byte[] document)
    {
        var text = document.AsSpan(0, document.Length - 1);
        return text.Length + (RecordIndent.Length * (1 + text.Count((byte)'\n')));
    }

    private static void Nest(byte[] document, Span<byte> target)
    {
        var text = document.AsSpan(0, document.Length - 1);
        RecordIndent.CopyTo(target);
        var written = RecordIndent.Length;
        for (var end = text.IndexOf((byte)'\n'); end >= 0; end = text.IndexOf((byte)'\n'))
        {
            text[..(end + 1)].CopyTo(target[written..]);
            written += end + 1;
            RecordIndent.CopyTo(target[written..]);
            written += RecordIndent.Length;
            text = text[(end + 1)..];
        }

        text.CopyTo(target[written..]);
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
