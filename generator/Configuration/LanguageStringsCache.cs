using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Configuration;

/// <summary>
/// The i18n files as last read without a message, by path, time and size, so that serve's
/// rebuilds do not parse them again: on a small site that was most of the Configure stage of
/// every edit. A file that gave a message is read every time, so the message is reported every time.
/// </summary>
public sealed class LanguageStringsCache
{
    private readonly ConcurrentDictionary<string, (DateTime Time, long Size, LanguageStrings Strings)> entries = new(StringComparer.Ordinal);

    public void Clear() => entries.Clear();

    internal LanguageStrings? Load(string templatesDirectory, IReadOnlySet<string> listed, string language, SourceLocation requestedAt, DiagnosticBag diagnostics)
    {
        // Taken before the read: a file written meanwhile has another time at the next build, which reads it again.
        var path = LanguageStringsLoader.PathOf(templatesDirectory, language);
        var file = new FileInfo(path);
        if (listed.Contains(path) && file.Exists && entries.TryGetValue(file.FullName, out var kept) && kept.Time == file.LastWriteTimeUtc && kept.Size == file.Length)
        {
            return kept.Strings;
        }

        var own = new DiagnosticBag();
        var loaded = LanguageStringsLoader.Load(templatesDirectory, listed, language, requestedAt, own);
        var messages = own.ToSortedList();
        diagnostics.AddRange(messages);
        if (loaded is not null && messages.Count == 0 && file.Exists)
        {
            entries[file.FullName] = (file.LastWriteTimeUtc, file.Length, loaded);
        }
        else
        {
            entries.TryRemove(file.FullName, out _);
        }

        return loaded;
    }
}
