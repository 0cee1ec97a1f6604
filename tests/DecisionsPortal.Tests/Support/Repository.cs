namespace DecisionsPortal.Tests.Support;

/// <summary>Paths in the source tree, found from the test's own folder so tests run from any working directory.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string TestsFolder => Path.Combine(Root, "tests", "DecisionsPortal.Tests");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DecisionsPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DecisionsPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
