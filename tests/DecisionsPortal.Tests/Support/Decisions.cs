namespace DecisionsPortal.Tests.Support;

/// <summary>Decision files of the fictional town, with every required field, for tests to vary.</summary>
public static class Decisions
{
    public static string Finnish(
        string title = "Koulun katon korjaus",
        string date = "2025-03-14",
        string body = "kaupunginhallitus",
        string extra = "",
        string text = "Koulun katto vuotaa, ja se on korjattava ennen talvea.") => $"""
        ---
        title: {title}
        date: {date}
        body: {body}
        preparer: {"{"} name: Maija Meikäläinen, title: Tekninen johtaja {"}"}
        presenter: {"{"} name: Olli Esimerkki, title: Kaupunginjohtaja {"}"}
        proposal: Kaupunginhallitus päättää korjata katon.
        {extra}
        ---
        {text}
        """;

    /// <summary>
    /// A Finnish decision whose fields bring no words of their own but its number (the people are
    /// "Qx Zq"), so that <paramref name="text"/> alone sets the search index's vocabulary.
    /// </summary>
    public static string Plain(int number, string text) => $"""
        ---
        title: Asia {number}
        date: 2024-01-10
        body: kaupunginhallitus
        preparer: {"{"} name: Qx Zq, title: Qx {"}"}
        presenter: {"{"} name: Qx Zq, title: Qx {"}"}
        proposal: Lautakunta päättää asiasta.
        ---
        {text}.
        """;

    public static string Swedish(
        string title = "Reparation av skolans tak",
        string date = "2025-03-14",
        string body = "kaupunginhallitus",
        string extra = "",
        string text = "Skolans tak läcker och måste repareras före vintern.") => $"""
        ---
        title: {title}
        date: {date}
        body: {body}
        preparer: {"{"} name: Maija Meikäläinen, title: Teknisk direktör {"}"}
        presenter: {"{"} name: Olli Esimerkki, title: Stadsdirektör {"}"}
        proposal: Stadsstyrelsen beslutar att reparera taket.
        {extra}
        ---
        {text}
        """;
}
