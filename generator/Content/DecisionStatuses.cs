namespace DecisionsPortal.Content;

/// <summary>
/// The ids editors write in <c>status:</c>; templates find the label under <c>status_&lt;id&gt;</c>
/// in the i18n files: as proposed, amended, tabled (pöydälle), returned for preparation
/// (palautettiin valmisteluun), rejected, removed from the agenda, and on the agenda (not decided yet).
/// </summary>
public static class DecisionStatuses
{
    public static readonly string[] Ids = ["as_proposed", "amended", "tabled", "returned", "rejected", "removed", "agenda"];

    /// <summary>The minutes' own words for a status, answered with its id as a field's Finnish or Swedish name is.</summary>
    public static readonly IReadOnlyDictionary<string, string> LocalNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hyväksytty"] = "as_proposed", ["ehdotuksen mukaan"] = "as_proposed", ["godkänd"] = "as_proposed", ["enligt förslaget"] = "as_proposed",
        ["muutettu"] = "amended", ["muutettuna"] = "amended", ["ändrad"] = "amended", ["ändrat"] = "amended",
        ["pöydälle"] = "tabled", ["pantiin pöydälle"] = "tabled", ["bordlagd"] = "tabled", ["bordlades"] = "tabled",
        ["palautettu"] = "returned", ["palautettiin valmisteluun"] = "returned", ["återremitterad"] = "returned", ["återremitterades"] = "returned", ["återremiss"] = "returned",
        ["hylätty"] = "rejected", ["hylättiin"] = "rejected", ["avslagen"] = "rejected", ["avslogs"] = "rejected", ["förkastad"] = "rejected",
        ["poistettu"] = "removed", ["poistettiin esityslistalta"] = "removed", ["struken"] = "removed", ["ströks"] = "removed",
        ["esityslistalla"] = "agenda", ["esityslista"] = "agenda", ["föredragningslista"] = "agenda", ["på föredragningslistan"] = "agenda",
    };

    public static DecisionStatus? Parse(string id)
    {
        var index = Array.IndexOf(Ids, id);
        return index < 0 ? null : (DecisionStatus)index;
    }

    public static string Id(DecisionStatus status) => Ids[(int)status];

    /// <summary>Whether the decision is only an item of a published agenda: nothing has been decided yet.</summary>
    public static bool IsPending(Decision decision) => decision.Law.Status == DecisionStatus.Agenda;
}
