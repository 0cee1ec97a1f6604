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
