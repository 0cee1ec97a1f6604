namespace DecisionsPortal.Search;

/// <summary>The index's <c>docs.HASH.bin</c>: every document's organ, language, topics and date, for facets, filters and sorting.</summary>
internal static class DocumentTableWriter
{
    /// <summary>
    /// The facets of every document as a bit string (organ, language, then one bit a topic, each
    /// as few bits as the labels need, least significant bit first), then the dates.
    /// </summary>
    public static byte[] Write(IReadOnlyList<SearchDocument> documents, SearchPageInfo page)
    {
        var bodyIndex = SearchPageInfo.Places(page.Bodies.Select(b => b.Id));
        var topicIndex = SearchPageInfo.Places(page.Topics.Select(t => t.Id));
        var languageIndex = SearchPageInfo.Places(page.Languages.Select(l => l.Code));
        var bodyBits = BitsFor(page.Bodies.Count);
        var languageBits = BitsFor(page.Languages.Count);
        var w = new ByteWriter();
        w.Varint(documents.Count);
        w.Varint(bodyBits);
        w.Varint(languageBits);
        w.Varint(page.Topics.Count);
        var bits = new byte[((documents.Count * (bodyBits + languageBits + page.Topics.Count)) + 7) / 8];
        var at = 0;
        foreach (var doc in documents)
        {
            Put(bodyIndex[doc.Body], bodyBits);
            Put(languageIndex[doc.Language], languageBits);
            foreach (var topic in doc.Topics)
            {
                var bit = at + topicIndex[topic];
                bits[bit >> 3] |= (byte)(1 << (bit & 7));
            }

            at += page.Topics.Count;
        }

        w.Bytes(bits);

        // Documents are newest first: the dates as runs of (days back from the previous date, count).
        var runs = documents.GroupBy(d => d.Date).ToList();
        w.Varint(runs.Count);
        var previous = runs.Count > 0 ? runs[0].Key.DayNumber - DateOnly.FromDateTime(new DateTime(1970, 1, 1)).DayNumber : 0;
        w.Varint(previous);
        var previousDay = runs.Count > 0 ? runs[0].Key.DayNumber : 0;
        foreach (var run in runs)
        {
            w.Varint(previousDay - run.Key.DayNumber);
            w.Varint(run.Count());
            previousDay = run.Key.DayNumber;
        }

        return w.ToArray();

        void Put(int value, int width)
        {
            for (var b = 0; b < width; b++, at++)
            {
                if ((value >> b & 1) != 0)
                {
                    bits[at >> 3] |= (byte)(1 << (at & 7));
                }
            }
        }
    }

    private static int BitsFor(int values)
    {
        var bits = 0;
        while ((1 << bits) < values)
        {
            bits++;
        }

        return bits;
    }
}
