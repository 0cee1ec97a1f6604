using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Search;

/// <summary>The index's <c>m-HASH/N.json</c>: title, dates, path, snippet, organ and language (as their places in the manifest's lists), note and indexed attachments of <see cref="SearchIndexWriter.ChunkSize"/> documents a file, fetched only for the results shown.</summary>
internal static class MetadataChunkWriter
{
    /// <summary>The metadata chunks, each with its hash; those of unchanged documents are taken from <paramref name="previous"/>.</summary>
    public static List<WrittenChunk> Write(IReadOnlyList<SearchDocument> documents, SearchPageInfo page, List<WrittenChunk>? previous, IReadOnlyCollection<int> changedDocs)
    {
        // A result is shown with its organ and language before the document table (every
        // decision's facets, which only the filters' counts need) has come.
        var bodyIndex = SearchPageInfo.Places(page.Bodies.Select(b => b.Id));
        var languageIndex = SearchPageInfo.Places(page.Languages.Select(l => l.Code));
        var count = (documents.Count + SearchIndexWriter.ChunkSize - 1) / SearchIndexWriter.ChunkSize;
        var redo = new HashSet<int>(changedDocs.Select(d => d / SearchIndexWriter.ChunkSize));
        var chunks = new List<WrittenChunk>(count);
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var c = 0; c < count; c++)
        {
            if (previous is not null && c < previous.Count && !redo.Contains(c))
            {
                chunks.Add(previous[c]);
                continue;
            }

            var start = c * SearchIndexWriter.ChunkSize;
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartArray();
            for (var i = start; i < Math.Min(start + SearchIndexWriter.ChunkSize, documents.Count); i++)
            {
                var d = documents[i];
                json.WriteStartArray();
                json.WriteStringValue(d.Title);
                json.WriteStringValue(IsoDate.Format(d.Date));
                json.WriteStringValue(d.Date.ToString(page.DateFormat, CultureInfo.InvariantCulture));
                json.WriteStringValue(d.Path);
                json.WriteStringValue(d.Snippet);
                json.WriteNumberValue(bodyIndex[d.Body]);
                json.WriteNumberValue(languageIndex[d.Language]);
                if (d.Note is not null || d.Attachments.Count > 0)
                {
                    json.WriteStringValue(d.Note);
                }

                // The attachments whose words were indexed: [title, path], for "found in the attachment".
                if (d.Attachments.Count > 0)
                {
                    json.WriteStartArray();
                    foreach (var a in d.Attachments)
                    {
                        json.WriteStartArray();
                        json.WriteStringValue(a.Title);
                        json.WriteStringValue(a.Path);
                        json.WriteEndArray();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.Flush();
            chunks.Add(new WrittenChunk(buffer.WrittenSpan.ToArray(), SHA256.HashData(buffer.WrittenSpan)));
        }

        return chunks;
    }
}
