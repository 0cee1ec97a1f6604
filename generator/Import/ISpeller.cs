namespace DecisionsPortal.Import;

/// <summary>A spell checker that says whether a word is a correct word of the language.</summary>
public interface ISpeller
{
    bool Accepts(string word);
}
