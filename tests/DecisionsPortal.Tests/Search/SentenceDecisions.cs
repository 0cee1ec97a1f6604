using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Search;

/// <summary>
/// A site of one-sentence decisions, one a file, for the tests of which words find which decisions:
/// Finnish ones named by their slug, Swedish ones by 'sv-' and theirs, and nothing else in them
/// that a query could match: the people are 'Qx Zq', the proposal is not Decisions.Finnish's,
/// whose 'kaupunginhallitus' every decision would hold, and the organ, whose name search reads as
/// a decision's words, is named by a word of the proposal.
/// </summary>
internal static class SentenceDecisions
{
    public static TestSite Site((string Slug, string Text)[] finnish, (string Slug, string Text)[] swedish)
    {
        var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig.Replace("bodies:", "bodies:\n  lautakunta: { fi: Lautakunta, sv: Nämnd }", StringComparison.Ordinal) + "\neditor_language: en\n");
        for (var i = 0; i < finnish.Length; i++)
        {
            site.Write($"content/fi/2024/{finnish[i].Slug}.md", Decision("Asia " + (i + 1), $"2024-01-{i + 10}", "Lautakunta päättää asiasta.", finnish[i].Text, "lautakunta"));
        }

        for (var i = 0; i < swedish.Length; i++)
        {
            site.Write($"content/sv/2024/sv-{swedish[i].Slug}.md", Decision("Ärende " + (i + 1), $"2024-02-{i + 10}", "Nämnden beslutar.", swedish[i].Text, "lautakunta"));
        }

        return site;
    }

    public static string Decision(string title, string date, string proposal, string text, string body = "kaupunginhallitus") => $"""
        ---
        title: {title}
        date: {date}
        body: {body}
        preparer: {"{"} name: Qx Zq, title: Qx {"}"}
        presenter: {"{"} name: Qx Zq, title: Qx {"}"}
        proposal: {proposal}
        ---
        {text}
        """;
}
