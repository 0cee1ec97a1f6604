using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// The name of a confidential or withdrawn decision's attachment is never published, as the file
/// is not (a link to it is refused, <see cref="TextAttachments"/>): a name says what the file holds
/// ('kauppakirja-meikalainen.pdf'). Written as text in a published text (a decision's texts, a
/// confidential one's title, a meeting's notes) it is published all the same. The whole name with its
/// extension is sought, in any capitals and either way its accents are written, never a word
/// that equals its stem ('kauppakirja'), which is a word of the language. An error, as the link is,
/// where no published decision lists a file of that name: the name can mean only the withheld
/// file. A name that a published decision's attachment has too ('liite.pdf') may mean that file: a
/// warning, so that no decision is stopped by another's file name; none at all where the text's own
/// decision publishes the name, which is then its own attachment's.
/// </summary>
internal static partial class ConfidentialFileNames
{
    /// <param name="expiries">The law's days on which marked data leaves the site (<see cref="LawPass"/>), by which an expiring attachment is published on the build date or not.</param>
    public static void Check(IReadOnlyList<Decision> loaded, IReadOnlyList<Meeting> meetings, IReadOnlyList<PersonalDataExpiry> expiries, bool includeDrafts, Uri site, DiagnosticBag diagnostics, ModelCache cache, AttachmentTextCache texts, UnreadAttachments unread)
    {
        // Withheld for good; published on the build date (a draft only with '--drafts'); leaving the
        // site: a draft's attachments until it is published, those under 'personal: [attachments]'
        // after their last day, while a name written as text stays with the text.
        static bool Shut(Decision d) => d.Law.Confidential || d.Law.Withdrawn;
        bool Shown(Decision d) => !Shut(d) && (includeDrafts || !d.Draft);
        bool Leaving(Decision d) => !Shut(d) && ((d.Draft && !includeDrafts) || Expiring(d));

        var withheld = Names(loaded.Where(Shut));

        var passing = Names(loaded.Where(Leaving));
        passing.ExceptWith(withheld);
        var all = withheld.Concat(passing).ToHashSet(StringComparer.Ordinal);
        if (all.Count == 0)
        {
            return;
        }

        var published = Names(loaded.Where(Shown));
        var lasting = Names(loaded.Where(d => Shown(d) && !Expiring(d)));
        var folders = Folders(loaded.Where(d => Shut(d) || d.Draft || Expiring(d)), loaded.Where(d => Shown(d) && !Expiring(d)));
        foreach (var d in loaded.Where(d => includeDrafts || !d.Draft))
        {
            HashSet<string> own = Shut(d) || Expiring(d) ? [] : Names([d]);
            foreach (var (at, name) in PublishedTexts(d).SelectMany(t => Written(t.Text, all, site, folders, t.Read, passing).Select(i => (Location: t.Place(i.At), i.Name))))
            {
                if (own.Contains(name))
                {
                    continue;
                }

                Tell(at, name, withheld, published, lasting, diagnostics);
            }
        }

        var drafts = Names(loaded.Where(d => !Shut(d) && d.Draft && !includeDrafts));
        var carriers = Carriers(loaded.Where(Shown), expiries, drafts, passing);
        // The file that lists each name, which an attachment's message names so that the editor
        // knows what to look for in a long file: not the name, as a CI log is read widely.
        var listed = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        // With the line of its entry there, which tells one name from another listed in the same file.
        foreach (var d in loaded.Where(Shut).OrderBy(d => d.File.Path, StringComparer.Ordinal)
            .Concat(loaded.Where(Leaving).OrderBy(d => d.File.Path, StringComparer.Ordinal)))
        {
            foreach (var a in d.Attachments)
            {
                listed.TryAdd(NameOf(a), (d.File.Path, a.Location.Line));
            }
        }

        foreach (var (attachment, name, place) in InAttachments(carriers, all, passing, site, folders, n => Shared(n, withheld, published, lasting), cache, texts))
        {
            Tell(attachment.Location, name, withheld, published, lasting, diagnostics, (Unnamed(attachment.File, all), listed[name], place));
        }

        // After the reading above, which read each PDF and zip once for both.
        unread.Look(carriers.Select(c => c.Attachment), texts, all);

        foreach (var m in meetings)
        {
            foreach (var (at, name) in Written(m.Markdown, all, site, folders, Links.Markdown | Links.Raw, passing))
            {
                Tell(SourceLocation.InText(m.File.Path, m.MarkdownFirstLine, m.Markdown, at), name, withheld, published, lasting, diagnostics);
            }

            // The place, and each attendee's name and role: one finding a field, on the meeting's page and in its data.
            var fields = m.Attendees.SelectMany(a => new (string? Text, SourceLocation At)[] { (a.Name, a.Location), (a.Role, a.RoleLocation ?? a.Location) })
                .Prepend((m.Place, m.LocationOf("place")));
            foreach (var (text, at) in fields)
            {
                if (text is not null && Written(text, all, site, folders, Links.None, passing).ToList() is { Count: > 0 } inText)
                {
                    Tell(at, inText.OrderBy(i => Shared(i.Name, withheld, published, lasting)).First().Name, withheld, published, lasting, diagnostics);
                }
            }
        }
    }

    private static bool Expiring(Decision d) => d.Law.Personal.Contains("attachments", StringComparer.Ordinal);

    // The texts of the decision that are published: a confidential one's title only, nothing of a
    // withdrawn one (it leaves the site; its tombstone carries its key and date).
    // With the links of each that the checks of links read (<see cref="InternalLinks"/>): a
    // confidential one's title is not read.
    private static IEnumerable<(string Text, Func<int, SourceLocation> Place, Links Read)> PublishedTexts(Decision d)
    {
        if (d.Law.Withdrawn)
        {
            yield break;
        }

        yield return (d.Title, _ => d.LocationOf("title"), d.Law.Confidential ? Links.None : Links.Raw);
        if (d.Law.Confidential)
        {
            yield break;
        }

        // The key, the case's number and the names of the votes and dissents are on the page, in the
        // open data and the feeds, the number in a folder's name too.
        yield return (d.Key, _ => d.LocationOf("key"), Links.None);
        if (d.Dnro is { } dnro)
        {
            yield return (dnro, _ => d.LocationOf("dnro"), Links.None);
        }

        foreach (var name in d.Law.Votes?.Names() ?? [])
        {
            yield return (name, _ => d.LocationOf("votes"), Links.None);
        }

        foreach (var dissent in d.Law.Dissent)
        {
            yield return (dissent.Name, _ => d.LocationOf("dissent"), Links.None);
        }

        // The preparer and the presenter, name and title, are on the page and in the open data.
        foreach (var (person, field) in new[] { (d.Preparer, "preparer"), (d.Presenter, "presenter") })
        {
            yield return (person.Name, _ => d.LocationOf(field), Links.None);
            if (person.Title is { } title)
            {
                yield return (title, _ => d.LocationOf(field), Links.None);
            }
        }

        // An old address is a page of the site, the redirect's, and its folder's name is published.
        foreach (var alias in d.Aliases)
        {
            yield return (alias.Path, _ => alias.Location, Links.None);
        }

        yield return (d.Proposal, _ => d.LocationOf("proposal"), Links.Markdown | Links.Raw);
        if (d.DecisionText is { } decision)
        {
            yield return (decision, _ => d.LocationOf("decision"), Links.Markdown | Links.Raw);
        }

        if (d.Law.Previous is { } previous)
        {
            yield return (previous, _ => d.LocationOf("previous"), Links.Markdown);
        }

        // An attachment's path is published as the file's and its links' address, the folders it is
        // in too ('kauppakirja.pdf/liite.pdf'); without its own extension, so that only another
        // file's name in it is found ('kauppakirja.pdf.pdf').
        foreach (var attachment in d.Attachments)
        {
            var path = attachment.File.Replace('\\', '/');
            yield return (attachment.Title, _ => attachment.Location, Links.Raw);
            yield return (path[..^Path.GetExtension(path).Length], _ => attachment.Location, Links.None);
        }

        foreach (var dissent in d.Law.Dissent.Where(x => x.Text is not null))
        {
            yield return (dissent.Text!, _ => d.LocationOf("dissent"), Links.Raw);
        }

        yield return (d.Markdown, at => SourceLocation.InText(d.File.Path, d.MarkdownFirstLine, d.Markdown, at), Links.Markdown | Links.Raw);
    }

    [Flags]
    private enum Links
    {
        None = 0,
        Markdown = 1,
        Raw = 2,

        // A plain text's web addresses written out (an attachment's text), which are no links.
        Plain = 4,
    }

    /// <summary>
    /// Where the text writes one of the names (as <see cref="TextAsShown"/> reads them, with
    /// Markdown's marks or without them) as a name of its own, as the page shows it: escapes and
    /// entities read, any run of spaces one space, or none where a line breaks a name at its hyphen or by a
    /// hard break ('kauppakirja-' and 'meikalainen.pdf' on two lines); not inside a longer name ('uusi-kauppakirja.pdf').
    /// A link's or image's address is published too, and one of another site shows the name; one
    /// relative or of this site that the checks of links read (<paramref name="read"/>) leads to
    /// the withheld file, which they refuse, and is left to them. The name as shown (composed, in small letters) with its place.
    /// A passing name (a draft's or an expiring attachment's) at the end of another site's address
    /// is that site's file: the name of a draft's agenda or map ('esityslista.pdf', 'kartta.pdf') is
    /// common on a city's other sites, and a file that leaves this site does not leave that one.
    /// </summary>
    private static IEnumerable<(int At, string Name)> Written(string text, HashSet<string> names, Uri site, Files folders, Links read, HashSet<string> passing)
    {
        var extensions = names.Select(n => n[n.LastIndexOf('.')..]).Distinct().ToList();
        if (!extensions.Any(e => text.Contains(e[1..], StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        var linked = new Lazy<(int[] Starts, int[] Ends)>(() => Linked(text, read & ~Links.Plain, link => Ours(link, site, folders)));
        var elsewhere = new Lazy<(int[] Starts, int[] Ends)>(() => Linked(text, read, link => Elsewhere(link, site)));

        // A plain text's address of this site leads nowhere a check of links reads (one to a
        // withheld file is found by its name), but one of a lasting published file names that file.
        var lastingFiles = new Lazy<(int[] Starts, int[] Ends)>(() => Linked(text, read & Links.Plain, link => LastingAddress(link, site, folders)));
        var lengths = names.Select(n => n.Length).Distinct().ToList();
        var joins = Joins().IsMatch(text);
        return new[] { (false, false), (true, false), (false, true), (true, true) }.Where(v => joins || !v.Item2)
            .SelectMany(v => Found(TextAsShown.Of(text, v.Item1, v.Item2))).Distinct();

        IEnumerable<(int At, string Name)> Found((string Text, int[] From) asShown)
        {
            var (shown, from) = asShown;
            foreach (var extension in extensions)
            {
                for (var end = shown.IndexOf(extension, StringComparison.Ordinal); end >= 0; end = shown.IndexOf(extension, end + 1, StringComparison.Ordinal))
                {
                    var after = end + extension.Length;
                    if (after < shown.Length && char.IsLetterOrDigit(shown[after]))
                    {
                        continue;
                    }

                    foreach (var length in lengths.Where(l => l <= after))
                    {
                        var start = after - length;
                        var name = shown.Substring(start, length);
                        if (names.Contains(name) && (start == 0 || !IsNamePart(shown[start - 1])) && !LinksHere(from[start], linked.Value) && !LinksHere(from[start], lastingFiles.Value)
                            && !(passing.Contains(name) && LinksHere(from[start], elsewhere.Value)))
                        {
                            yield return (from[start], name);
                        }
                    }
                }
            }
        }
    }

    // Where a reader may join a word across white space (TextAsShown's 'joined'): after a hyphen, at a hard line break.
    [GeneratedRegex(@"[-\u2010-\u2015\u2212\uFE63]\s|\\\r?\n| {2,}\r?\n")]
    private static partial Regex Joins();

    // A character a name goes on with ('uusi-kauppakirja.pdf', 'vanha_kauppakirja.pdf').
    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '.';

    // The attachments' file names (their last part), composed and in small letters.
    private static HashSet<string> Names(IEnumerable<Decision> decisions) =>
        decisions.SelectMany(d => d.Attachments).Select(NameOf).Where(n => n.Contains('.')).ToHashSet(StringComparer.Ordinal);

    private static string NameOf(Attachment attachment) => TextAsShown.Of(FileName(attachment)).Text.Trim();

    // An attachment's file name, its folder in the decision's (either slash) left out.
    // The carrier's own file name as the message quotes it, with any name sought cut out
    // ('kopio_sopimus-mäkelä.pdf' → 'kopio_…'): its line tells which it is, and the log is not to print one.
    internal static string Unnamed(string file, HashSet<string> names)
    {
        var letters = file.ToCharArray();
        var composed = new string(letters, 0, LatinMarks.Compose(letters));
        return names.Aggregate(composed, (shown, name) => shown.Replace(name, "…", StringComparison.OrdinalIgnoreCase));
    }

    private static string FileName(Attachment attachment) => Path.GetFileName(attachment.File.Replace('\\', '/'));
}
