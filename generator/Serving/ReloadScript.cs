namespace DecisionsPortal.Serving;

/// <summary>The live-reload script: an external file (pages allow only same-origin scripts), linked from every page serve writes.</summary>
public static class ReloadScript
{
    public const string Path = "/_serve/reload.js";

    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{Path}\" defer></script>\n");

    public static byte[] Content { get; } = Load();

    /// <summary>
    /// The tag before the page's last <c>&lt;/body&gt;</c> (any case), or at its end. Done on the
    /// bytes: serve does it to every page it writes, and the tag is ASCII, as is what it looks for.
    /// </summary>
    public static byte[] Inject(byte[] html)
    {
        var at = LastBodyEnd(html) is >= 0 and var end ? end : html.Length;
        return [.. html.AsSpan(0, at), .. Tag, .. html.AsSpan(at)];
    }

    private static int LastBodyEnd(ReadOnlySpan<byte> html)
    {
        for (var end = html.LastIndexOf("</"u8); end >= 0; end = html[..end].LastIndexOf("</"u8))
        {
            if (Ascii.EqualsIgnoreCase(html.Slice(end, Math.Min(7, html.Length - end)), "</body>"u8))
            {
                return end;
            }
        }

        return -1;
    }

    private static byte[] Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("DecisionsPortal.Serving.reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
