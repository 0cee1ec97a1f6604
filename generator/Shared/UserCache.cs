namespace DecisionsPortal;

/// <summary>
/// Files one run keeps for the next in the user's cache folder, not in the content repository,
/// whose commits could plant one. A folder or file that is a link is not used, nor a file that is
/// not a plain text file; failing to save is no error, as the next run works it out again. A
/// file not used for <see cref="ForgetAfter"/> is deleted (<see cref="Sweep"/>): the shipped workflow
/// restores and saves the whole folder on every run, and each build of the generator, each PDF
/// replaced, leaves files no run will read again.
/// </summary>
public static class UserCache
{
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(30);

    /// <summary>
    /// The folder a run keeps its files in when none is given: DECISIONSPORTAL_CACHE, else
    /// $XDG_CACHE_HOME/decisions-portal, else ~/.cache/decisions-portal (the shipped workflow keeps it between runs).
    /// </summary>
    public static string DefaultFolder() =>
        Environment.GetEnvironmentVariable("DECISIONSPORTAL_CACHE") is { Length: > 0 } given ? given
        : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "decisions-portal");

    /// <summary>The folder <paramref name="name"/> of <paramref name="cacheFolder"/>; null when either is a link.</summary>
    public static string? Folder(string cacheFolder, string name)
    {
        // Without a trailing separator, which would make the link check look at the link's target.
        cacheFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(cacheFolder));
        var folder = Path.Combine(cacheFolder, name);
        return IsLink(cacheFolder) || IsLink(folder) ? null : folder;
    }

    /// <summary>The bytes of a kept file; null when there is none, or it is a link, not a plain text file or longer than <paramref name="limit"/>.</summary>
    public static byte[]? Read(string file, long limit = TextFiles.MaxBytes)
    {
        try
        {
            return File.Exists(file) && !IsLink(file) && TextFiles.Check(file, limit).Refusal == TextFiles.Refusal.None ? TextFiles.ReadAll(file, limit) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="bytes"/> as <paramref name="file"/>, whole or not at all (another run may read it meanwhile).</summary>
    public static void Write(string file, byte[] bytes) => Write(file, stream => stream.Write(bytes));

    /// <summary>Keeps what <paramref name="write"/> writes as <paramref name="file"/>, whole or not at all.</summary>
    public static void Write(string file, Action<Stream> write)
    {
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.EncoderFallbackException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Marks a kept file as used now, so that <see cref="Sweep"/> keeps it.</summary>
    public static void Touch(string file)
    {
        try
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Deletes the files of the folders <paramref name="names"/> of <paramref name="cacheFolder"/> not used for <see cref="ForgetAfter"/>.</summary>
    public static void Sweep(string cacheFolder, params string[] names)
    {
        var before = DateTime.UtcNow - ForgetAfter;
        foreach (var name in names)
        {
            try
            {
                if (Folder(cacheFolder, name) is not { } folder || !Directory.Exists(folder))
                {
                    continue;
                }

                foreach (var file in new DirectoryInfo(folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < before))
                {
                    file.Delete();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
