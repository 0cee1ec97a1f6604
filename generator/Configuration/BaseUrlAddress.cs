namespace DecisionsPortal.Configuration;

/// <summary>
/// What a base_url that cannot be one was meant as. An address copied from a browser's bar
/// brings what the site's folder does not have: no scheme ('paatokset.example.fi'), a query or a
/// fragment, or the page it showed ('…/portal/index.html'), under which every address of the
/// site would be made. Each has one folder it was meant as.
/// </summary>
public static class BaseUrlAddress
{
    private static readonly string[] PageTypes = [".html", ".htm", ".php", ".asp", ".aspx", ".jsp", ".shtml"];

    /// <summary>The folder address meant, when <paramref name="text"/> is one written as above; else null.</summary>
    public static string? Meant(string text)
    {
        var written = text.Trim();
        if (!written.Contains("://", StringComparison.Ordinal) && written.Length > 0 && char.IsAsciiLetterOrDigit(written[0]))
        {
            written = "https://" + written;
        }

        if (!Uri.TryCreate(written, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.'))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        if (EndsInPage(uri))
        {
            path = path[..(path.LastIndexOf('/') + 1)];
        }
        else if (!path.EndsWith('/'))
        {
            path += "/";
        }

        var meant = new UriBuilder(uri) { Path = path, Query = "", Fragment = "" }.Uri.AbsoluteUri;
        return meant == text.Trim() ? null : meant;
    }

    /// <summary>Whether the address ends in a page rather than a folder ('…/index.html').</summary>
    public static bool EndsInPage(Uri uri)
    {
        var path = uri.AbsolutePath;
        var last = path[(path.LastIndexOf('/') + 1)..];
        return PageTypes.Any(t => last.EndsWith(t, StringComparison.OrdinalIgnoreCase));
    }
}
