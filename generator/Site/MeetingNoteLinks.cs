using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// A meeting file's notes reach its public page as a decision's text reaches the decision's: their
/// links and images are checked by the same <see cref="TextAttachments"/>, read from the meeting's
/// page, and a link to an attachment the build date withholds leaves the notes (its words stay).
/// </summary>
public static class MeetingNoteLinks
{
    public static CouncilRecord Check(CouncilRecord council, TextAttachments files, DiagnosticBag diagnostics)
    {
        // One file may be shown on the pages of several languages: its errors are told once.
        var told = new HashSet<(SourceLocation, string)>();
        var changed = new Dictionary<Meeting, Meeting>(ReferenceEqualityComparer.Instance);
        foreach (var page in council.Meetings)
        {
            if (page.File is not { } file || changed.ContainsKey(file))
            {
                continue;
            }

            var shown = file.AsShownOnItsPage ?? file;
            var withheld = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (url, isImage, location, raw) in LinksOf(shown))
            {
                var bag = told.Add((location, url)) ? diagnostics : new DiagnosticBag();
                if (raw)
                {
                    files.CheckRaw(found => files.CheckNoteLink(url, isImage, location, page.Path, found), url, location, page.Path, bag);
                }
                else if (files.CheckNoteLink(url, isImage, location, page.Path, bag))
                {
                    withheld.Add(url);
                }
            }

            // A link to an attachment by another spelling of its stored name leads to the file stored.
            var moved = LinksOf(shown).Where(l => !l.Raw && !withheld.Contains(l.Url)).Select(l => (l.Url, Address: files.StoredAddress(l.Url, page.Path)))
                .Where(l => l.Address is not null).DistinctBy(l => l.Url).ToDictionary(l => l.Url, l => l.Address!, StringComparer.Ordinal);
            var now = withheld.Count == 0 ? file : Unlinked(file, withheld);
            changed[file] = moved.Count == 0 ? now : Readdressed(now, moved);
        }

        if (changed.All(c => ReferenceEquals(c.Key, c.Value)))
        {
            return council;
        }

        MeetingPage Replaced(MeetingPage page) => page.File is { } file && changed.TryGetValue(file, out var now) ? page with { File = now } : page;
        return council with
        {
            Meetings = council.Meetings.Select(Replaced).ToList(),
            Calendars = council.Calendars.Select(c => c with { Meetings = c.Meetings.Select(Replaced).ToList() }).ToList(),
        };
    }

    /// <summary>
    /// The links of each meeting page's notes that may lead to a page or feed of the site, for
    /// <see cref="InternalLinks.CheckPages"/>, which reads a decision's alike; a file shown on the
    /// pages of several languages once, from the first.
    /// </summary>
    internal static IEnumerable<(string Page, List<(string Url, SourceLocation Location)>? Links)> PageLinks(CouncilRecord council)
    {
        var seen = new HashSet<Meeting>(ReferenceEqualityComparer.Instance);
        foreach (var page in council.Meetings.Where(p => p.File is { } f && seen.Add(f)))
        {
            var links = LinksOf(page.File!.AsShownOnItsPage ?? page.File).Where(l => !l.IsImage).Select(l => (l.Url, l.Location)).ToList();
            yield return (page.Path, links);
        }
    }

    private static Meeting Readdressed(Meeting file, Dictionary<string, string> moved)
    {
        Meeting With(Meeting m) => m with { Markdown = Markup.ReaddressedMarkdown.With(m.Markdown, moved.GetValueOrDefault) };
        var listed = With(file);
        return file.AsShownOnItsPage is { } own ? listed with { AsShownOnItsPage = With(own) } : listed;
    }

    private static Meeting Unlinked(Meeting file, HashSet<string> withheld)
    {
        Meeting Without(Meeting m) => m with { Markdown = Markup.UnlinkedMarkdown.Without(m.Markdown, withheld.Contains) };
        var listed = Without(file);
        return file.AsShownOnItsPage is { } own ? listed with { AsShownOnItsPage = Without(own) } : listed;
    }

    private static IEnumerable<(string Url, bool IsImage, SourceLocation Location, bool Raw)> LinksOf(Meeting meeting)
    {
        foreach (var link in Markup.MarkdownSyntax.Links(meeting.Markdown))
        {
            // Markdig counts lines and columns from zero, within the text it was given.
            yield return (link.Url, link.IsImage, new SourceLocation(meeting.File.Path, meeting.MarkdownFirstLine + link.Line, link.Column + 1), false);
        }

        // Raw HTML's addresses, which the page shows as text, are checked as its links are.
        foreach (var (url, at) in Markup.RawHtmlLinks.In(meeting.Markdown))
        {
            yield return (url, false, SourceLocation.InText(meeting.File.Path, meeting.MarkdownFirstLine, meeting.Markdown, at), true);
        }
    }
}
