namespace DecisionsPortal.Tests.Support.Quality;

/// <summary>
/// Finds a Java runtime for the Nu HTML Checker, installing Debian's default-jre-headless when
/// none is there and we may, like <see cref="Browser.Chromium"/>. A validity test never skips.
/// </summary>
public static class Java
{
    private static readonly Lazy<string> Found = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Executable => Found.Value;

    private static string Find()
    {
        if (Locate() is { } java)
        {
            return java;
        }

        Processes.TryAptInstall("default-jre-headless");
        return Locate() ?? throw new InvalidOperationException(
            "Java is needed for the HTML validity tests (the Nu HTML Checker) and was not found; install it with: sudo apt-get install default-jre-headless");
    }

    private static string? Locate()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home)
        {
            candidates.Add(Path.Combine(home, "bin", "java"));
        }

        candidates.Add("/usr/bin/java");
        if (Directory.Exists("/usr/lib/jvm"))
        {
            candidates.AddRange(Directory.EnumerateDirectories("/usr/lib/jvm").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", "java")));
        }

        return candidates.FirstOrDefault(File.Exists);
    }
}
