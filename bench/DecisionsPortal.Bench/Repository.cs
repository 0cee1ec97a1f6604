namespace DecisionsPortal.Bench;

/// <summary>Finds the repository root (the folder with DecisionsPortal.sln) from the current folder or the tool's own.</summary>
public static class Repository
{
    public static string Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "DecisionsPortal.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("run this inside the DecisionsPortal repository (no DecisionsPortal.sln found above the current folder)");
    }
}
