namespace DecisionsPortal.Content;

/// <summary>A preparer or presenter: a name and, optionally, the office held ("Kaupunginjohtaja").</summary>
public sealed record Person(string Name, string? Title)
{
    public string Display => Title is null ? Name : $"{Title} {Name}";

    /// <summary>
    /// "Kaupunginjohtaja Matti Ruotsalainen": the office first, then first and last name. Names of
    /// more than two words need the <c>{ name:, title: }</c> form.
    /// </summary>
    public static Person FromWords(string[] words) => words.Length <= 2
        ? new Person(string.Join(' ', words), null)
        : new Person(string.Join(' ', words[^2..]), string.Join(' ', words[..^2]));
}
