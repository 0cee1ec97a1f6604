using System.Buffers;
using DecisionsPortal.Site;

namespace DecisionsPortal.Rendering;

/// <summary>
/// Absolute addresses of site paths, as <see cref="SitePaths.Absolute"/> gives them, without a
/// Uri parse per address where none is needed: a plain relative path (letters, digits and
/// "-._~/", no dot segment, no empty segment) under a base URL that ends in '/' resolves to the
/// base followed by the path. Anything else goes through <see cref="Uri"/> as before.
/// </summary>
public sealed class AbsoluteUrls(SiteModel site)
{
    private static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/");

    private readonly string? root = site.Config.BaseUrl.AbsoluteUri is { } uri && uri.EndsWith('/') ? uri : null;

    public string Of(string path) => root is not null && IsPlain(path) ? root + path : site.Paths.Absolute(path);

    private static bool IsPlain(string path) =>
        !path.AsSpan().ContainsAnyExcept(Plain)
        && !path.StartsWith('/') && !path.StartsWith('.')
        && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal);
}
