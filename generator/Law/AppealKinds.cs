namespace DecisionsPortal.Law;

/// <summary>The ids editors write for <see cref="AppealKind"/> in front matter and site.yml.</summary>
public static class AppealKinds
{
    public static readonly string[] Ids = ["rectification", "municipal", "none"];

    public static AppealKind? Parse(string id) => id switch
    {
        "rectification" => AppealKind.Rectification,
        "municipal" => AppealKind.Municipal,
        "none" => AppealKind.None,
        _ => null,
    };

    public static string Id(AppealKind kind) => Ids[(int)kind];
}
