using System.Globalization;
using CsvHelper;

namespace DecisionsPortal.Rendering.Data.Meetings;

/// <summary>
/// <c>meetings.csv</c>: one row per agenda item (a meeting with no items published gets one row
/// of its own), written as <see cref="DecisionsCsv"/> writes: UTF-8 with a byte order mark, CRLF,
/// formulas neutralised.
/// </summary>
public static class MeetingsCsv
{
    public static readonly string[] Columns =
    [
        "meeting_id", "body", "body_label", "date", "number", "start", "end", "place", "phase", "minutes_public", "meeting_url", "meeting_feed",
        "section", "title", "language", "url", "status", "decided", "dnro", "case_url", "case_feed",
    ];

    public static byte[] Write(IReadOnlyList<MeetingData> meetings)
    {
        var options = new CsvWriterOptions { WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.Escape };
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteHeader(Columns);
            foreach (var m in meetings)
            {
                string[] meeting = [m.Id, m.Body, m.BodyLabel, m.Date, m.Number ?? "", m.Start ?? "", m.End ?? "", m.Place ?? "", m.Phase, m.MinutesPublic ?? "", m.Url, m.Feed];
                if (m.Items.Count == 0)
                {
                    csv.WriteRecord([.. meeting, "", "", "", "", "", "", "", "", ""]);
                }

                foreach (var i in m.Items)
                {
                    csv.WriteRecord([.. meeting, i.Section?.ToString(CultureInfo.InvariantCulture) ?? "", i.Title, i.Language, i.Url, i.Status ?? "",
                        i.Decided ? "true" : "false", i.Dnro ?? "", i.CaseUrl ?? "", i.CaseFeed ?? ""]);
                }
            }
        }

        return stream.ToArray();
    }
}
