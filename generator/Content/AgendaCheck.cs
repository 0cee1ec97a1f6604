using DecisionsPortal.Diagnostics;
using DecisionsPortal.Yaml;

namespace DecisionsPortal.Content;

/// <summary>
/// What a file's status promises must hold: an agenda item has no decision, votes or dissent yet
/// (else the site would show as undecided what was decided), and an earlier text kept for a
/// correction needs the correction's date and must differ from the text now published.
/// </summary>
public static class AgendaCheck
{
    public static void Check(YamlMapping yaml, LegalFields law, string? decisionText, DiagnosticBag diagnostics)
    {
        if (law.Status == DecisionStatus.Agenda)
        {
            if (decisionText is not null)
            {
                diagnostics.Error(DiagnosticCodes.AgendaItemDecided, yaml.LocationOf("decision"),
                    "an agenda item ('status: agenda') has no decision yet; when the minutes are out, set 'status:' to what was decided (e.g. 'status: as_proposed') and keep 'decision:'");
            }

            foreach (var field in new[] { "votes", "dissent" }.Where(yaml.Has))
            {
                diagnostics.Error(DiagnosticCodes.AgendaItemVoted, yaml.LocationOf(field),
                    $"an agenda item ('status: agenda') has no '{field}' before the meeting; set 'status:' to what was decided");
            }
        }

        if (law.Previous is null)
        {
            return;
        }

        if (law.Updated is null)
        {
            diagnostics.Error(DiagnosticCodes.PreviousWithoutUpdate, yaml.LocationOf("previous"),
                "'previous:' is the decision as first published, before a correction; give the correction's date too, e.g. 'updated: 2025-03-20'");
        }
        else if (decisionText is not null && Normalise(law.Previous) == Normalise(decisionText))
        {
            diagnostics.Warning(DiagnosticCodes.PreviousUnchanged, yaml.LocationOf("previous"),
                "'previous:' is the same text as 'decision:', so the page shows no change; remove it or correct 'decision:'");
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
