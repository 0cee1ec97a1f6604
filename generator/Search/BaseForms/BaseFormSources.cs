namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// The base-form dictionary of each language, opened once a process (opening one reads a
/// dictionary of megabytes) and only when a language's text is first indexed. A language whose
/// dictionary is missing is indexed with Snowball stems alone; <see cref="Missing"/> says why,
/// for the build to say once.
/// </summary>
public static class BaseFormSources
{
    private static readonly ConcurrentDictionary<string, Lazy<(IBaseFormSource? Source, string? Reason)>> Opened = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, bool> Asked = new(StringComparer.Ordinal);

    /// <summary>The dictionary of <paramref name="language"/>, or null (none for it, or not installed).</summary>
    public static IBaseFormSource? For(string language)
    {
        if (language is not ("fi" or "sv"))
        {
            return null;
        }

        Asked[language] = true;
        return Opening(language).Value.Source;
    }

    /// <summary>
    /// libvoikko as the Finnish dictionary opened it, for the model's checks of marked names, which
    /// ask it of a word's cases as well: one load of it a process. Null without it. Not counted as
    /// asked for by the index (<see cref="Missing"/>).
    /// </summary>
    public static VoikkoLibrary? FinnishLibrary => (Opening("fi").Value.Source as VoikkoBaseForms)?.Library;

    /// <summary>The languages whose dictionary was asked for and is missing, with the reason (ordinal order).</summary>
    public static IReadOnlyList<(string Language, string Reason)> Missing =>
        Opened.Where(p => Asked.ContainsKey(p.Key) && p.Value.IsValueCreated && p.Value.Value.Source is null)
            .Select(p => (p.Key, p.Value.Value.Reason ?? ""))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();

    private static Lazy<(IBaseFormSource? Source, string? Reason)> Opening(string language) =>
        Opened.GetOrAdd(language, l => new Lazy<(IBaseFormSource?, string?)>(() => Open(l)));

    private static (IBaseFormSource?, string?) Open(string language)
    {
        if (Environment.GetEnvironmentVariable("DECISIONSPORTAL_NO_BASEFORMS") == "1")
        {
            return (null, "DECISIONSPORTAL_NO_BASEFORMS=1");
        }

        string? reason;
        IBaseFormSource? source = language == "fi"
            ? VoikkoBaseForms.TryOpen(out reason)
            : HunspellBaseForms.TryOpen("/usr/share/hunspell/sv_SE", "hunspell-sv", out reason);
        return (source, reason);
    }
}
