using System.Text.RegularExpressions;

namespace DecisionsPortal.Bench.Measuring;

/// <summary>
/// The generator as users run it: packed for this platform as the content repository's workflow
/// packs it (<c>dotnet pack -c Release -r linux-x64</c>: a native executable, Native AOT) and installed with
/// <c>dotnet tool install --tool-path</c> from that package alone (a nuget.config of its own
/// names only the folder, so no registry is asked).
/// </summary>
public static partial class InstalledTool
{
    public const string Command = "decisions-portal";

    /// <summary>The installed command's full path.</summary>
    public static string Install(string repositoryRoot, string workDirectory, TextWriter log, bool reuse = false)
    {
        var installed = Path.Combine(workDirectory, "tool", "bin", Command);
        if (reuse && File.Exists(installed))
        {
            log.WriteLine($"Reusing the installed tool {installed}");
            return installed;
        }

        var project = Path.Combine(repositoryRoot, "generator", "DecisionsPortal.csproj");
        var root = Path.Combine(workDirectory, "tool");
        var package = Path.Combine(root, "package");
        var bin = Path.Combine(root, "bin");
        foreach (var folder in new[] { package, bin })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Directory.CreateDirectory(package);
        log.WriteLine("Packing the generator (dotnet pack -c Release) and installing it as a tool …");
        Check(ProcessMeter.Run("dotnet", ["pack", project, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "-o", package, "-nologo", "-v", "q"], repositoryRoot), "dotnet pack");
        var config = Path.Combine(root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{package}" />
              </packageSources>
            </configuration>
            """);
        var version = VersionPattern().Match(File.ReadAllText(project)).Groups[1].Value;
        Check(ProcessMeter.Run("dotnet", ["tool", "install", "DecisionsPortal", "--tool-path", bin, "--configfile", config, "--version", version], root), "dotnet tool install");
        var command = Path.Combine(bin, Command);
        log.WriteLine($"Installed: {command} ({string.Join(", ", Directory.EnumerateFiles(package).Select(Path.GetFileName))})");
        return command;
    }

    private static void Check((int ExitCode, string StandardOutput, string StandardError) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed:\n{result.StandardOutput}{result.StandardError}");
        }
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionPattern();
}
