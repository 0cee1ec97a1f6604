namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary>
/// <c>meetings.csv</c>: one row per agenda item (a meeting with no items published gets one row
/// of its own), written by <see cref="OpenDataCsv"/>.
/// </summary>
public static class MeetingsCsv
{
    public static readonly string[] Columns =
    [
        "meeting_id", "body", "body_label", "date", "number", "start", "end", "place", "phase", "minutes_public", "meeting_url", "meeting_feed",
        "section", "title", "language", "url", "status", "decided", "dnro", "case_url", "case_feed",
    ];

    public static byte[] Write(IReadOnlyList<MeetingData> meetings) => OpenDataCsv.Write(Columns, meetings.SelectMany(Rows));

    private static IEnumerable<string[]> Rows(MeetingData m)
    {
        string[] meeting = [m.Id, m.Body, m.BodyLabel, m.Date, m.Number ?? "", m.Start ?? "", m.End ?? "", m.Place ?? "", m.Phase, m.MinutesPublic ?? "", m.Url, m.Feed];
        if (m.Items.Count == 0)
        {
            yield return [.. meeting, "", "", "", "", "", "", "", "", ""];
        }

        foreach (var i in m.Items)
        {
            yield return [.. meeting, i.Section?.ToString(CultureInfo.InvariantCulture) ?? "", i.Title, i.Language, i.Url, i.Status ?? "",
                i.Decided ? "true" : "false", i.Dnro ?? "", i.CaseUrl ?? "", i.CaseFeed ?? ""];
        }
    }
}
