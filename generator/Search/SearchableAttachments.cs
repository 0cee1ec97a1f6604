using DecisionsPortal.Content;
using DecisionsPortal.Site;

namespace DecisionsPortal.Search;

/// <summary>The attachments whose text search reads: a published decision's PDFs, each with its file's key (also what a decision's cached analysis compares).</summary>
internal static class SearchableAttachments
{
    public static List<(Attachment Attachment, string Key)> Of(DecisionPage page, AttachmentTextCache texts) =>
        Publication.SearchableAttachments(page.Decision) is not { Count: > 0 } searchable ? [] : searchable
            .Where(a => a.SourcePath is not null && AttachmentText.IsSearchable(a.File))
            .Select(a => (Attachment: a, Key: texts.KeyOf(a.SourcePath!)))
            .ToList();

    /// <summary>Keeps the texts of the site's searchable attachments only (<see cref="AttachmentTextCache.KeepOnly"/>).</summary>
    public static void Trim(SiteModel site, AttachmentTextCache texts)
    {
        if (!texts.IsEmpty)
        {
            texts.KeepOnly(site.Languages.SelectMany(l => l.Listed).SelectMany(p => Of(p, texts)).Select(f => (f.Attachment.SourcePath!, f.Key)).ToList());
        }
    }
}
