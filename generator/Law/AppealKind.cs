namespace DecisionsPortal.Law;

/// <summary>
/// Which appeal a decision is open to (kuntalaki 410/2015, 134 §): a claim for rectification to
/// the organ itself (oikaisuvaatimus, 134 § 1 mom.), a municipal appeal to the administrative
/// court (kunnallisvalitus, e.g. the council's decisions), or none (a preparatory or
/// executive decision, 136 §).
/// </summary>
public enum AppealKind
{
    Rectification,
    Municipal,
    None,
}
