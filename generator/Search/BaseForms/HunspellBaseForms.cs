using DecisionsPortal.Shared;

namespace DecisionsPortal.Search.BaseForms;

/// <summary>
/// Swedish base forms from Hunspell's stemmer with Debian's hunspell-sv dictionary: "staden" →
/// stad, "antalet" → antal. Where the dictionary lists an inflected form as a word of its own,
/// <see cref="SwedishParadigms"/> links it to its base form. Hunspell does not split Swedish
/// compounds, so the corpus-vocabulary splitter still does. A handle is not thread-safe, so each
/// thread analysing at the same time has its own (<see cref="HandlePool{T}"/>).
/// </summary>
public sealed class HunspellBaseForms : IBaseFormSource, IDisposable
{
    private readonly HandlePool<HunspellHandle> handles;

    private HunspellBaseForms(HunspellHandle first, string dictionary) =>
        handles = new HandlePool<HunspellHandle>(first, () => HunspellHandle.Open(dictionary) ?? throw new InvalidOperationException($"libhunspell could not open {dictionary}.dic again"));

    /// <summary>The source for a dictionary (<c>/usr/share/hunspell/sv_SE</c>), or null with the reason when libhunspell or the dictionary is missing.</summary>
    public static HunspellBaseForms? TryOpen(string dictionary, string package, out string? reason)
    {
        if (!File.Exists(dictionary + ".aff") || !File.Exists(dictionary + ".dic"))
        {
            reason = $"the Hunspell dictionary {dictionary}.dic is not installed (on Debian or Ubuntu: apt-get install {package})";
            return null;
        }

        try
        {
            var handle = HunspellHandle.Open(dictionary);
            reason = handle is null ? $"libhunspell could not open {dictionary}.dic" : null;
            return handle is null ? null : new HunspellBaseForms(handle, dictionary);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            reason = $"libhunspell is not installed (on Debian or Ubuntu: apt-get install libhunspell-1.7-0 {package})";
            return null;
        }
    }

    public WordForms Analyse(string word) =>
        WordForms.OfNumber(word, false) ?? WordForms.Of(word, handles.Use(handle => handle.Bases(word)), [], false);

    public void Dispose() => handles.Dispose();
}
