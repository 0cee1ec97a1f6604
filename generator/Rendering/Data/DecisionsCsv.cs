namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// <c>decisions.csv</c>: one row a decision, written by <see cref="OpenDataCsv"/>. Lists are joined
/// with "; " and objects spread into columns, so a spreadsheet shows every field of a
/// <see cref="DecisionData"/> but its texts, which are in each decision's <c>index.json</c> (<c>data_url</c>),
/// and the feeds of its organ and topics: a handful of addresses, the same on every row of an organ
/// or topic, which would weigh on every row; the JSON and the organ's and topic's pages name them.
/// </summary>
public static class DecisionsCsv
{
    public const string ListSeparator = "; ";

    public static readonly string[] Columns =
    [
        "key", "language", "url", "data_url", "translations", "title", "date", "body", "body_label", "section", "dnro",
        "preparer_name", "preparer_title", "presenter_name", "presenter_title",
        "topics", "topic_labels", "attachments", "attachment_urls", "aliases", "draft",
        "meeting", "status", "votes", "dissent", "updated", "confidential",
        "case_url", "case_feed", "meeting_url", "meeting_feed",
        // Added after the others, so that a reader that goes by column number keeps working.
        "votes_for", "votes_against", "votes_abstained", "votes_absent",
    ];

    public static byte[] Write(IEnumerable<DecisionData> decisions) => OpenDataCsv.Write(Columns, decisions.Select(Row));

    /// <summary>The values of one row, in the order of <see cref="Columns"/>, before the file neutralises formulas.</summary>
    public static string[] Row(DecisionData d) =>
    [
        d.Key, d.Language, d.Url, d.DataUrl,
        Join(d.Translations.Select(t => $"{t.Language} {t.Url}")),
        d.Title, d.Date, d.Body.Id, d.Body.Label,
        d.Section?.ToString(CultureInfo.InvariantCulture) ?? "", d.Dnro ?? "",
        d.Preparer.Name, d.Preparer.Title ?? "", d.Presenter.Name, d.Presenter.Title ?? "",
        Join(d.Topics.Select(t => t.Id)), Join(d.Topics.Select(t => t.Label)),
        Join(d.Attachments.Select(a => a.Title)), Join(d.Attachments.Select(a => a.Url)),
        Join(d.Aliases), d.Draft ? "true" : "false",
        d.Meeting ?? "", d.Status ?? "", VotesText(d.Votes),
        Join(d.Dissent.Select(x => x.Text is null ? x.Name : $"{x.Name}: {x.Text}")),
        d.Updated ?? "", d.Confidential ? "true" : "false",
        d.CaseUrl ?? "", d.CaseFeed ?? "", d.MeetingUrl ?? "", d.MeetingFeed ?? "",
        Count(d.Votes?.For), Count(d.Votes?.Against), Count(d.Votes?.Abstained), Count(d.Votes?.Absent),
    ];

    // "for 7 (A, B); against 2": one readable cell, with each count again in a column of its own; the JSON has the structure.
    private static string VotesText(Content.Votes? votes) => votes is null ? "" : Join(votes.Recorded().Select(s =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Side} {s.Count.Count}{(s.Count.Names.Count > 0 ? $" ({string.Join(", ", s.Count.Names)})" : "")}")));

    // A side's count alone, which a spreadsheet sums; empty when the minutes recorded no such side.
    private static string Count(Content.VoteCount? side) => side?.Count.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Join(IEnumerable<string> values) => string.Join(ListSeparator, values);
}
