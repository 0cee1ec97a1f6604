namespace DecisionsPortal.Content;

/// <summary>A preparer or presenter: a name and, optionally, the office held ("Kaupunginjohtaja").</summary>
public sealed record Person(string Name, string? Title)
{
    public string Display => Title is null ? Name : $"{Title} {Name}";
}
