namespace DecisionsPortal.Serving;

/// <summary>The live-reload script: an external file (pages allow only same-origin scripts), linked from every page serve writes.</summary>
public static class ReloadScript
{
    public const string Path = "/_serve/reload.js";

    private const string Tag = $"<script src=\"{Path}\" defer></script>\n";

    public static byte[] Content { get; } = Load();

    public static byte[] Inject(byte[] html)
    {
        var text = System.Text.Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text + Tag : text.Insert(end, Tag);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static byte[] Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("DecisionsPortal.Serving.reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
