namespace DecisionsPortal.Content;

/// <summary>
/// The ids editors write in <c>status:</c>; templates find the label under <c>status_&lt;id&gt;</c>
/// in the i18n files: as proposed, amended, tabled (pöydälle), returned for preparation
/// (palautettiin valmisteluun), rejected, removed from the agenda.
/// </summary>
public static class DecisionStatuses
{
    public static readonly string[] Ids = ["as_proposed", "amended", "tabled", "returned", "rejected", "removed"];

    public static DecisionStatus? Parse(string id)
    {
        var index = Array.IndexOf(Ids, id);
        return index < 0 ? null : (DecisionStatus)index;
    }

    public static string Id(DecisionStatus status) => Ids[(int)status];
}
