namespace DecisionsPortal.Import;

/// <summary>Finnish spelling by libvoikko with the voikko-fi dictionary, for the OCR repair.</summary>
public sealed class VoikkoSpeller : ISpeller, IDisposable
{
    private readonly VoikkoLibrary voikko;

    private VoikkoSpeller(VoikkoLibrary voikko) => this.voikko = voikko;

    /// <summary>The speller, or null with the reason when libvoikko or its Finnish dictionary is missing.</summary>
    public static VoikkoSpeller? TryOpen(out string? reason) =>
        VoikkoLibrary.TryOpen(out reason) is { } voikko ? new VoikkoSpeller(voikko) : null;

    public bool Accepts(string word) => voikko.Spells(word);

    public void Dispose() => voikko.Dispose();
}
