using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering.Producers;

/// <summary>
/// The search index files of every language (<see cref="Search.SiteSearch"/>), built side by side;
/// the search page that loads them is an ordinary page (<see cref="HtmlPageProducer"/>).
/// </summary>
public sealed class SearchIndexProducer(SiteModel site, Search.SiteSearch search, DiagnosticBag diagnostics) : IOutputProducer
{
    public bool ReadsSearch => true;

    public IEnumerable<OutputFile> Produce()
    {
        var languages = site.Languages;
        var indexes = new Search.SearchFiles[languages.Count];
        Parallel.For(0, indexes.Length, i => indexes[i] = search[languages[i].Language]);

        // Once a file, though both languages' indexes may hold its decision.
        foreach (var file in indexes.SelectMany(index => index.Unreadable).DistinctBy(u => u.SourcePath).OrderBy(u => u.SourcePath, StringComparer.Ordinal))
        {
            MessageText why = file.Error == Content.AttachmentText.Encrypted
                ? "the file is protected with a password (save a copy without one)"
                : "the file is damaged or is not a PDF (save it as PDF again)";
            diagnostics.Warning(DiagnosticCodes.AttachmentUnreadable, file.Location,
                $"the text of attachment {PathDisplay.Relative(file.SourcePath)} could not be read: {why}; it is published, but search does not find its words, nor could the build check it for the names of withheld attachments or for words marked as personal data");
        }

        return indexes.SelectMany(index => index.Files).Select(file => new OutputFile(file.Path, file.Content, NamedByContent));
    }

    // Every file of an index is named by a hash of its bytes, or lies in a folder named by a hash of
    // all of them: a path serve's last build wrote holds the same bytes now, and is neither hashed
    // nor compared again (after an edit, nearly all of an index's thousands of files).
    private static readonly Shared.Fingerprint NamedByContent = Shared.Fingerprint.Of("named by its content"u8);
}
