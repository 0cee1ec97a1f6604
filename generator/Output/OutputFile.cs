namespace DecisionsPortal.Output;

/// <summary>A file of the site: its path under the output folder ('/' separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
