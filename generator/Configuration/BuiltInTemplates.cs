namespace DecisionsPortal.Configuration;

/// <summary>
/// The default theme shipped beside the program (and inside the .NET tool). A content repository
/// that has no templates folder and names none in site.yml uses it; one that has its own keeps it.
/// </summary>
public static class BuiltInTemplates
{
    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "templates");
        return System.IO.Directory.Exists(Path.Combine(folder, "i18n")) ? folder : null;
    }
}
