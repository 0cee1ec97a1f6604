namespace DecisionsPortal.Search.BaseForms;

/// <summary>A language's dictionary of base forms (Finnish: libvoikko; Swedish: Hunspell). Thread-safe.</summary>
public interface IBaseFormSource
{
    WordForms Analyse(string word);
}
