using System.Buffers;

namespace DecisionsPortal;

/// <summary>
/// A site path as it is written in a link: each segment percent-encoded, so that a file named
/// <c>liite #2.pdf</c> or <c>%2e.pdf</c> is reached as itself ('#' would start a fragment, '?' a
/// query, and '%2e' would be decoded to '.'). Paths of slugs, the nearly all, are returned as they are.
/// </summary>
public static class UrlPath
{
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    public static string Escape(string path) =>
        IsPlain(path) ? path : string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Whether the path holds only letters, digits and "-._~/", which <see cref="Escape"/> leaves as they are.</summary>
    public static bool IsPlain(string path) => !path.AsSpan().ContainsAnyExcept(Plain);

    /// <summary>The folder a site path is in ('fi/a/index.html' → 'fi/a'); "" at the top.</summary>
    public static string Folder(string path) => path.LastIndexOf('/') is var end and > 0 ? path[..end] : "";
}
