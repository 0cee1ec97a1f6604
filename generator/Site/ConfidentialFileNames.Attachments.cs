using DecisionsPortal.Content;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Site;

/// <summary>
/// A published attachment is published with its text (a PDF's words, a text file's, a zip's names
/// of files): a withheld name in it is published as in a decision's own text. It is read as the
/// check of marked words reads it (<see cref="AttachmentFileText"/>), and a file found to hold none
/// of the names is not read again while neither changes (serve). So are its properties (a PDF's
/// title, a photo's EXIF), published with it unseen: a Word document saved as PDF keeps the draft's file name as its title.
/// </summary>
internal static partial class ConfidentialFileNames
{
    // The attachments published on the build date, each with the names its text may write without
    // publishing what is off the site: its own decision's, which are published or leave with it;
    // and, for one that leaves the site itself ('personal: [attachments]'), the names of the
    // expiring files that stay on it as long as it does or longer. A draft's name is never one:
    // the draft may be published any day, or never. The law decides the days (the day its marks
    // expire: <see cref="PersonalDataExpiry"/>); one that has left by the build date is not read, as it is not published.
    private static List<(Attachment Attachment, HashSet<string> Own)> Carriers(IEnumerable<Decision> published, IReadOnlyList<PersonalDataExpiry> expiries, HashSet<string> drafts, HashSet<string> passing)
    {
        var leaving = expiries.Where(e => e.Field == "attachments").GroupBy(e => e.Location).ToDictionary(g => g.Key, g => g.First());
        PersonalDataExpiry? Leaves(Decision d) => Expiring(d) ? leaving.GetValueOrDefault(d.LocationOf("attachments")) : null;
        var shown = published.Where(d => Leaves(d) is not { Removed: true }).ToList();

        // The last day each expiring name is on the site (its last file's), none for a name a draft has too.
        var until = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var d in published.Where(Expiring))
        {
            var day = Leaves(d)?.Expires ?? DateOnly.MaxValue;
            foreach (var name in Names([d]).Where(n => passing.Contains(n) && !drafts.Contains(n)))
            {
                until[name] = until.TryGetValue(name, out var known) && known > day ? known : day;
            }
        }

        return [.. shown.SelectMany(d =>
        {
            var own = Names([d]);
            if (Expiring(d))
            {
                // A day not known yet (minutes not public) is no day: the file stays until it is.
                var leaves = Leaves(d)?.Expires ?? DateOnly.MaxValue;
                own.UnionWith(until.Where(n => n.Value >= leaves).Select(n => n.Key));
            }

            return d.Attachments.Where(AttachmentFileText.Readable).Select(a => (Attachment: a, Own: own));
        })];
    }

    // Where in a published attachment a name is found: what the message says to look in.
    private enum Place
    {
        Text,
        Properties,
        ZipNames,
    }

    // The names each attachment's text or properties hold, each name once (its text's before its
    // properties'; an error's before a warning's): not one of the names it may write (<see cref="Carriers"/>).
    private static IEnumerable<(Attachment Attachment, string Name, Place Place)> InAttachments(List<(Attachment Attachment, HashSet<string> Own)> files, HashSet<string> all, HashSet<string> passing, Uri site, Files folders, Func<string, bool> shared, ModelCache cache, AttachmentTextCache texts)
    {
        if (files.Count == 0)
        {
            return [];
        }

        var sought = Sought(all, passing, site);
        var found = new List<(string Name, Place Place)>[files.Count];

        // Reading a PDF's text is the costly part, on every core as the check of marked words reads them;
        // its properties come with it (<see cref="AttachmentText.Properties"/>).
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (attachment, own) = files[i];
            var path = attachment.SourcePath!;

            // Not a recording: its tags name no other file, and it would be read up to 32 MB at each
            // build. What its first bytes say, not its name: a zip named '.mp3' is read as a zip.
            if (FileStrings.IsRecording(texts.KindOf(path)))
            {
                found[i] = [];
                return;
            }

            var key = $"{texts.KeyOf(path)}\u001d{sought}\u001d{string.Join('\u001e', own.Order(StringComparer.Ordinal))}";
            var inText = In("withheld names", () => AttachmentFileText.WithLinks(path, texts));
            var inProperties = In("withheld names in properties", () => AttachmentFileText.Properties(path, texts));
            var text = ZipNames.IsOne(path) ? Place.ZipNames : Place.Text;
            found[i] = [.. inText.Select(n => (n, text)).Concat(inProperties.Where(n => !inText.Contains(n)).Select(n => (n, Place.Properties)))];

            // A file found to hold none is not read again while neither it nor the names change (serve).
            List<string> In(string what, Func<string> read)
            {
                List<string>? names = null;
                List<string> Find() => [.. Written(read(), all, site, folders, Links.Plain, passing).Select(f => f.Name).Where(n => !own.Contains(n)).Distinct().OrderBy(shared).ThenBy(n => n, StringComparer.Ordinal)];
                return cache.AttachmentHolds($"{what}\u001d{key}", _ => (names = Find()).Count > 0) ? names ?? Find() : [];
            }
        });
        return files.SelectMany((f, i) => found[i].Select(n => (f.Attachment, n.Name, n.Place))).ToList();
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
    // check of links reads; a PDF's line that breaks it after a '/' reads as a space there, a text
    // file's as one line break. Not across a blank line: each link's target stands between two
    // (<see cref="AttachmentFileText.WithLinks"/>), whole, and is not the address before it.
    [GeneratedRegex(@"(?<![\w.])(?:https?://|www\.)[^\s<>""]+(?:(?<=/)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[^\s<>""]+)*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
