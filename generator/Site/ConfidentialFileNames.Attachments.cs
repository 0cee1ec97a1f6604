using System.Text;
using System.Text.RegularExpressions;
using DecisionsPortal.Content;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// A published attachment is published with its text (a PDF's words, a text file's, a zip's names
/// of files): a withheld name in it is published as in a decision's own text. It is read as the
/// check of marked words reads it (<see cref="AttachmentFileText"/>), and a file found to hold none
/// of the names is not read again while neither changes (serve). Its properties (a PDF's title) are
/// not read: that opens every PDF of the site again on every build, as no store keeps them between runs as it keeps texts.
/// </summary>
internal static partial class ConfidentialFileNames
{
    // The published decisions' attachments whose text holds one of the names, each with the name
    // (one a file, an error's before a warning's): not one of its own decision's attachments' names,
    // which are published or leave with it.
    private static IEnumerable<(Attachment Attachment, string Name)> InAttachments(IEnumerable<Decision> published, HashSet<string> all, HashSet<string> passing, Uri site, Files folders, Func<string, bool> shared, ModelCache cache, AttachmentTextCache texts)
    {
        // Not a recording: its tags name no other file, and it is read up to 32 MB at each build.
        var files = published.SelectMany(d => d.Attachments.Where(a => AttachmentFileText.Readable(a) && !FileStrings.IsRecording(a.File)).Select(a => (Attachment: a, Own: Names([d])))).ToList();
        if (files.Count == 0)
        {
            return [];
        }

        var sought = Sought(all, passing, site);
        var found = new string?[files.Count];

        // Reading a PDF's text is the costly part, on every core as the check of marked words reads them.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (attachment, own) = files[i];
            var path = attachment.SourcePath!;
            List<string>? names = null;
            List<string> Find() => [.. Written(AttachmentFileText.Of(path, texts), all, site, folders, Links.Plain, passing).Select(f => f.Name).Where(n => !own.Contains(n))];
            var key = $"withheld names\u001d{texts.KeyOf(path)}\u001d{sought}\u001d{string.Join('\u001e', own.Order(StringComparer.Ordinal))}";
            if (cache.AttachmentHolds(key, _ => (names = Find()).Count > 0))
            {
                found[i] = (names ?? Find()).OrderBy(shared).ThenBy(n => n, StringComparer.Ordinal).First();
            }
        });
        return files.Select((f, i) => (f.Attachment, Name: found[i])).Where(f => f.Name is not null).Select(f => (f.Attachment, f.Name!)).ToList();
    }

    // What the names sought are (the withheld and the passing ones, and the site whose addresses are
    // its own), as a short key.
    private static string Sought(HashSet<string> all, HashSet<string> passing, Uri site)
    {
        var text = string.Join('\u001e', all.Order(StringComparer.Ordinal)) + "\u001d" + string.Join('\u001e', passing.Order(StringComparer.Ordinal)) + "\u001d" + site.AbsoluteUri;
        var fingerprint = Fingerprint.Of(Encoding.UTF8.GetBytes(text));
        return $"{fingerprint.High:x16}{fingerprint.Low:x16}";
    }

    // A web address written out in a plain text ('https://www.kemi.fi/…', 'www.kemi.fi/…'), which no
    // check of links reads; a PDF's line that breaks it after a '/' reads as a space there.
    [GeneratedRegex(@"(?<![\w.])(?:https?://|www\.)[^\s<>""]+(?:(?<=/)\s+[^\s<>""]+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
