namespace DecisionsPortal.Content;

/// <summary>
/// A stranger's file, or a part of one, that cannot be read, for whatever reason: it has no words
/// to find there, and is published as it is; the build goes on. PdfPig and .NET's readers report a
/// file they cannot parse with exceptions of many types. Sizes are bounded where a file is read
/// (OfficeDocument, ImageMetadata, ZipNames), so running out of memory is prevented there, not caught here.
/// </summary>
internal static class Unreadable
{
    /// <summary>What <paramref name="read"/> gives, or <paramref name="otherwise"/> where it cannot read its file.</summary>
    public static T Or<T>(Func<T> read, T otherwise)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return otherwise;
        }
    }

    /// <summary>Runs <paramref name="read"/>: a part that cannot be read loses the reading of no other part.</summary>
    public static void Skipped(Action read) => Or(() => { read(); return true; }, false);
}
