namespace DecisionsPortal.Content;

/// <summary>The front-matter fields a decision may have; anything else is probably a typo.</summary>
public static class DecisionFields
{
    public static readonly string[] Required = ["title", "date", "body", "preparer", "presenter", "proposal"];

    public static readonly string[] Optional = ["section", "dnro", "decision", "topics", "attachments", "draft", "key", "aliases"];

    public static readonly string[] All = [.. Required, .. Optional, .. LegalFieldsReader.Fields];
}
