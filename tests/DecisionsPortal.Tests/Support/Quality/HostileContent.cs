namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// A site whose every text an editor controls — each front-matter field, the Markdown body and
/// the labels in site.yml — is markup that would run a script, load a frame, restyle the page or
/// evaluate template code if it reached the page as anything but text.
/// </summary>
public static class HostileContent
{
    /// <summary>The fields of the Finnish decision and of site.yml that carry a payload.</summary>
    public static readonly string[] Fields =
    [
        "title", "preparer.name", "preparer.title", "presenter.name", "presenter.title", "proposal", "decision", "dnro",
        "markdown", "site.title", "bodies.label", "topics.label",
    ];

    public const string DecisionPage = "fi/paatokset/2025/vihamielinen/index.html";

    /// <summary>Markup naming its field, so a test can tell which field leaked.</summary>
    public static string Payload(string field) =>
        "<script>alert(\"" + field + "\")</script><img src=x onerror=alert(1)><iframe src=javascript:alert(2)></iframe>"
        + "<style>*{display:none}</style><a href=javascript:alert(3) onclick=alert(4)>" + field + "</a>{{ site.title }}";

    public static string Site =>
        "-- site.yml --\n" + Config + "\n-- content/fi/2025/vihamielinen.md --\n" + Finnish + "\n-- content/sv/2025/vihamielinen.md --\n"
        + Decisions.Swedish(body: "hostile", extra: "topics: [hostile]");

    private static string Q(string field) => "'" + Payload(field) + "'";

    private static string Config => $$"""
        title: { fi: {{Q("site.title")}}, sv: {{Q("site.title")}} }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        page_size: 5
        bodies:
          hostile: { fi: {{Q("bodies.label")}}, sv: {{Q("bodies.label")}} }
        topics:
          hostile: { fi: {{Q("topics.label")}}, sv: {{Q("topics.label")}} }
        """;

    private static string Finnish => $$"""
        ---
        title: {{Q("title")}}
        date: 2025-03-14
        body: hostile
        section: 7
        dnro: {{Q("dnro")}}
        preparer: { name: {{Q("preparer.name")}}, title: {{Q("preparer.title")}} }
        presenter: { name: {{Q("presenter.name")}}, title: {{Q("presenter.title")}} }
        proposal: {{Q("proposal")}}
        decision: {{Q("decision")}}
        topics: [hostile]
        ---
        {{Payload("markdown")}}

        [linkki](javascript:alert(5)) ![kuva](data:image/svg+xml;base64,PHN2Zz4=) <javascript:alert(6)>
        """;
}
