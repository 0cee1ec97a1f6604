using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Authoring;

/// <summary>
/// Writes a content repository ready to push: this project's own site.yml (without
/// <c>templates:</c>, so the built-in theme is used) and example content, plus what
/// <c>docs/content-repository/</c> holds (the publishing workflow with its nightly rebuild, and the
/// editors' guides). They travel inside the program as resources, so what <c>init</c> writes is
/// exactly what this repository builds and tests, never a second copy that could drift.
/// </summary>
public static class ContentRepositoryScaffolder
{
    private const string Prefix = "init/";
    private const string Workflow = ".github/workflows/decisions-portal.yml";

    /// <summary>
    /// The commit this generator was built from, which the workflow then uses instead of the newest:
    /// a newer generator may find a mistake this one did not, and met first on the nightly run that
    /// error would stop the build that takes expired personal data off the site. Changed by a pull
    /// request instead, its check shows such errors before anything is published.
    /// </summary>
    private static string? Commit(System.Reflection.Assembly assembly)
    {
        var version = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().SingleOrDefault()?.InformationalVersion;
        // Only a whole commit id: a version built with other build metadata ('1.0+ci.7') names no
        // commit the workflow could check out, and the workflow then keeps 'main'.
        var plus = version?.IndexOf('+') ?? -1;
        var commit = plus < 0 ? "" : version![(plus + 1)..];
        return commit.Length == 40 && commit.All(char.IsAsciiHexDigitLower) ? commit : null;
    }

    public static IReadOnlyList<string>? Create(string folder, DiagnosticBag diagnostics)
    {
        var assembly = typeof(ContentRepositoryScaffolder).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Resource: n, Relative: n[Prefix.Length..]))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        // Never overwrite: an existing file of the same name means this folder is in use.
        var taken = files.Select(f => Path.Combine(folder, f.Relative)).Where(File.Exists).ToList();
        foreach (var path in taken)
        {
            diagnostics.Error(DiagnosticCodes.InitWouldOverwrite, new SourceLocation(PathDisplay.Relative(path)),
                "this file exists already; init writes a new content repository only into a folder without site.yml, content/ and the workflow (choose another folder: init FOLDER)");
        }

        if (taken.Count > 0)
        {
            return null;
        }

        var written = new List<string>();
        foreach (var (resource, relative) in files)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(resource)!;
            using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            if (relative == Workflow && Commit(assembly) is { } commit)
            {
                using var text = new StreamReader(source);
                using var pinned = new StreamWriter(target);
                pinned.Write(text.ReadToEnd().Replace("\n  PORTAL_REF: main\n", $"\n  PORTAL_REF: {commit}\n", StringComparison.Ordinal));
            }
            else
            {
                source.CopyTo(target);
            }

            written.Add(path);
        }

        return written;
    }
}
