namespace DecisionsPortal;

/// <summary>The files this process has mapped (Linux's /proc/self/maps): the native libraries it loaded, and the data files they map.</summary>
public static class MappedFiles
{
    /// <summary>The mapped files whose path holds <paramref name="part"/> (ordinal order); null where the process's mappings cannot be read.</summary>
    public static IReadOnlyList<string>? Containing(string part)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/maps");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // A line is "address perms offset device inode path", the path (if any) from the sixth field on.
        return lines.Select(line => line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 6 && fields[5].StartsWith('/') && fields[5].Contains(part, StringComparison.Ordinal))
            .Select(fields => fields[5])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
