namespace DecisionsPortal.Import;

/// <summary>What became of one word the spell checker did not accept as written.</summary>
public sealed record WordRepair(string Original, int Line, int Column, string? Repaired, IReadOnlyList<string> Candidates)
{
    /// <summary>Repaired: exactly one spelling within the fewest OCR confusions is a word.</summary>
    public bool IsRepaired => Repaired is not null;
}
