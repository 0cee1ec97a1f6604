using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A site of one-sentence decisions, one a file, for the tests of which words find which decisions:
/// Finnish ones named by their slug, Swedish ones by 'sv-' and theirs, and nothing else in them
/// that a query could match: the people are 'Qx Zq', and the proposal is not Decisions.Finnish's,
/// whose 'kaupunginhallitus' every decision would hold.
/// </summary>
internal static class SentenceDecisions
{
    public static TestSite Site((string Slug, string Text)[] finnish, (string Slug, string Text)[] swedish)
    {
        var site = new TestSite();
        for (var i = 0; i < finnish.Length; i++)
        {
            site.Write($"content/fi/2024/{finnish[i].Slug}.md", Decision("Asia " + (i + 1), $"2024-01-{i + 10}", "Lautakunta päättää asiasta.", finnish[i].Text));
        }

        for (var i = 0; i < swedish.Length; i++)
        {
            site.Write($"content/sv/2024/sv-{swedish[i].Slug}.md", Decision("Ärende " + (i + 1), $"2024-02-{i + 10}", "Nämnden beslutar.", swedish[i].Text));
        }

        return site;
    }

    public static string Decision(string title, string date, string proposal, string text) => $"""
        ---
        title: {title}
        date: {date}
        body: kaupunginhallitus
        preparer: {"{"} name: Qx Zq, title: Qx {"}"}
        presenter: {"{"} name: Qx Zq, title: Qx {"}"}
        proposal: {proposal}
        ---
        {text}
        """;
}
