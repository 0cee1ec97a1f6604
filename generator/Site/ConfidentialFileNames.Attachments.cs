using System.Text;
using System.Text.RegularExpressions;
using DecisionsPortal.Content;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// A published attachment is published with its text (a PDF's words, a text file's, a zip's names
/// of files) and its properties (a PDF's title, which a printer to PDF sets to the file's name):
/// a withheld name in them is published as in a decision's own text. They are read as the check of
/// marked words reads them (<see cref="AttachmentFileText"/>, <see cref="AttachmentMetadata"/>).
/// </summary>
internal static partial class ConfidentialFileNames
{
    // The published decisions' attachments whose text, or else whose properties, hold one of the
    // names, each with the name (one a file, an error's before a warning's): not one of its own
    // decision's attachments' names, which are published or leave with it.
    private static IEnumerable<(Attachment Attachment, string Name, bool InProperties)> InAttachments(IEnumerable<Decision> published, HashSet<string> all, HashSet<string> passing, Uri site, Files folders, Func<string, bool> shared, ModelCache cache, AttachmentTextCache texts)
    {
        var files = published.SelectMany(d => d.Attachments.Where(AttachmentFileText.Readable).Select(a => (Attachment: a, Own: Names([d])))).ToList();
        if (files.Count == 0)
        {
            return [];
        }

        var sought = Sought(all, passing, site);
        var found = new (string Name, bool InProperties)?[files.Count];

        // Reading a PDF's text is the costly part, on every core as the check of marked words reads them.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (attachment, own) = files[i];
            var path = attachment.SourcePath!;
            var key = $"withheld names\u001d{texts.KeyOf(path)}\u001d{sought}\u001d{string.Join('\u001e', own.Order(StringComparer.Ordinal))}";
            found[i] = First(key, () => AttachmentFileText.Of(path, texts)) is { } inText ? (inText, false)
                : AttachmentMetadata.IsRead(path) && First("properties\u001d" + key, () => AttachmentFileText.Read(() => AttachmentMetadata.Of(path))) is { } inProperties ? (inProperties, true)
                : null;

            // A file that holds none is not read again while it and the names are unchanged.
            string? First(string key, Func<string> read)
            {
                List<string>? names = null;
                List<string> Find() => [.. Written(read(), all, site, folders, Links.Plain, passing).Select(f => f.Name).Where(n => !own.Contains(n))];
                return cache.AttachmentHolds(key, _ => (names = Find()).Count > 0)
                    ? (names ?? Find()).OrderBy(shared).ThenBy(n => n, StringComparer.Ordinal).First()
                    : null;
            }
        });
        return files.Select((f, i) => (f.Attachment, Found: found[i])).Where(f => f.Found is not null).Select(f => (f.Attachment, f.Found!.Value.Name, f.Found.Value.InProperties)).ToList();
    }

    // What the names sought are (the withheld and the passing ones, and the site whose addresses are
    // its own), as a short key.
    private static string Sought(HashSet<string> all, HashSet<string> passing, Uri site)
    {
        var text = string.Join('\u001e', all.Order(StringComparer.Ordinal)) + "\u001d" + string.Join('\u001e', passing.Order(StringComparer.Ordinal)) + "\u001d" + site.AbsoluteUri;
        var fingerprint = Fingerprint.Of(Encoding.UTF8.GetBytes(text));
        return $"{fingerprint.High:x16}{fingerprint.Low:x16}";
    }

    // A web address written out in a plain text ('https://www.kemi.fi/…', 'www.kemi.fi/…'), which no check of links reads.
    [GeneratedRegex(@"(?<![\w.])(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
