namespace DecisionsPortal.Search.BaseForms;

/// <summary>A language's dictionary of base forms (Finnish: libvoikko; Swedish: Hunspell). Thread-safe.</summary>
public interface IBaseFormSource
{
    WordForms Analyse(string word);

    /// <summary>The files whose bytes decide its answers (its library and dictionary), for a store of them to be kept by; null when they cannot be told.</summary>
    IReadOnlyList<string>? Files { get; }
}
