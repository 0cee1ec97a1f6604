
namespace DecisionsPortal.Site;

/// <summary>An attachment named by another composition of its accented letters than its stored file's.</summary>
public sealed partial class TextAttachments
{
    // The published attachments by their names composed ('ä', where a Mac or a zip stores 'a' and a
    // mark of its own, and the name under 'attachments:' is copied from it), each the file as published.
    private readonly Lazy<Dictionary<string, string>> publishedComposed = new(() =>
        Published(pages, paths, StringComparer.Ordinal).GroupBy(Composed, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(StringComparer.Ordinal)!, StringComparer.Ordinal));

    /// <summary>The address of the published file that a link means by another spelling of its name (<see cref="AsPublished"/>), with the link's fragment; null if none.</summary>
    public string? StoredAddress(string url, string page)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return AsPublished(cut < 0 ? url : url[..cut], page) is { } file ? paths.Link(file) + (cut < 0 ? "" : url[cut..]) : null;
    }

    /// <summary>
    /// The published attachment that a link or image (relative, or its address on the site) names
    /// with its letters composed otherwise than the file is ('ä' for 'a' and U+0308): its site path,
    /// which the link must lead to, as a server that tells the two apart has only that file; null
    /// when the address names a file as published, or none.
    /// </summary>
    public string? AsPublished(string path, string page)
    {
        if (path.Length == 0 || path[0] is '#' or '?')
        {
            return null;
        }

        var file = FileOf(path, page);
        return file is null || published.Value.Contains(file) ? null : publishedComposed.Value.GetValueOrDefault(Composed(file));
    }

    private static string Composed(string name)
    {
        var letters = name.ToCharArray();
        return new string(letters, 0, LatinMarks.Compose(letters));
    }
}
