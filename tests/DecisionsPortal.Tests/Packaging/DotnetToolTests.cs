using System.Diagnostics;
using System.Reflection;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Packaging;

public sealed class DotnetToolTests
{
    // Without a platform: the README's command, portable code packed from the binaries this run was
    // built from (not compiled a second time), in the configuration the tests were built in. For
    // this platform: what the content repository's workflow installs (dotnet pack -r linux-x64),
    // compiled ahead of time to a native executable, which is compiled here as it is there.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dotnet_pack_makes_a_tool_that_checks_builds_and_authors_a_content_repository_without_any_csharp_or_templates(bool forThisPlatform)
    {
        // The install restores from a feed of our own only.
        var configuration = typeof(DecisionsPortal.Cli.CommandLine).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var work = Path.Combine(Path.GetTempPath(), "dp-tool-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(work, "feed"));
            File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Path.Combine(work, "feed")}" />
                  </packageSources>
                </configuration>
                """);

            // The native compiler links with the platform's C compiler, which a fresh machine may not have.
            if (forThisPlatform && !Processes.IsOnPath("clang") && !Processes.IsOnPath("gcc"))
            {
                Assert.True(Processes.TryAptInstall("gcc", "libc6-dev"), "packing the native tool needs clang or gcc: sudo apt-get install gcc libc6-dev");
            }

            string[] platform = forThisPlatform ? ["-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier] : ["--no-build"];
            Run(work, "dotnet", ["pack", Path.Combine(Repository.Root, "generator"), "-c", configuration, .. platform, "-o", "feed"]);
            Assert.Single(Directory.GetFiles(Path.Combine(work, "feed"), "DecisionsPortal.*.nupkg"));
            Run(work, "dotnet", "tool", "install", "DecisionsPortal", "--tool-path", "tools", "--configfile", "nuget.config");

            using var repository = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}", copyTemplates: false);
            var tool = Path.Combine(work, "tools", "decisions-portal");
            if (forThisPlatform)
            {
                // What the workflow installs starts no JIT: the command is the native executable, no assembly beside it.
                var executable = new FileInfo(tool).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                Assert.NotNull(executable);
                Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(executable)!, "DecisionsPortal.dll")));
            }

            var (checkExit, checkOut) = Run(repository.Root, tool, "check");
            var (buildExit, buildOut) = Run(repository.Root, tool, "build");

            Assert.Equal(0, checkExit);
            Assert.StartsWith("Checked 2 decisions", checkOut);
            Assert.Equal(0, buildExit);
            Assert.StartsWith("Built fi: 1 decision, sv: 1 decision", buildOut);
            Assert.Contains("Koulun katon korjaus", repository.Read("fi/paatokset/2025/a/index.html"));
            Assert.False(Directory.Exists(Path.Combine(repository.Root, "templates")));

            // The authoring commands run from the tool as well.
            using (Voikko.Open())
            {
                var (newExit, newOut) = Run(repository.Root, tool, "new", "--lang", "fi", "--title", "Uusi päätös", "--date", "2025-04-01");
                var (importExit, importOut) = Run(repository.Root, tool, "import", Path.Combine(Repository.TestsFolder, "Import", "Seeds", "kemi-2025-01-29-wuhan.txt"));
                Assert.Equal((0, 0), (newExit, importExit));
                Assert.Contains("content/fi/2025/uusi-paatos.md", newOut);
                Assert.Contains("word(s) repaired", importOut);
                Assert.Contains("ystävyyskongressiin", File.ReadAllText(Path.Combine(repository.Root, "content/fi/2025/kemin-kaupunki-vastaa-kutsuun-myonteisesti-ja-osallistuu.md")));
            }

            // A city's own theme may use Scriban's builtins and a date's members, which Scriban finds by reflection.
            using (var themed = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}"))
            {
                var decisionTemplate = Path.Combine(themed.Root, "templates", "decision.html");
                File.WriteAllText(decisionTemplate, File.ReadAllText(decisionTemplate).Replace("</article>", """<p id="builtins">{{ date.parse "2025-01-29" | date.to_string "%Y" }} {{ "kaupunki" | string.slice 0 4 }} {{ (date.parse "2025-01-29").month }} {{ [3, 1, 2] | array.sort | array.join "," }} {{ 7.5 | math.floor }} {{ x = {a: 1} }}{{ object.has_key x "a" }} {{ object.has_value x "a" }}</p></article>""", StringComparison.Ordinal));
                var (themedExit, themedOut) = Run(themed.Root, tool, "build");

                Assert.True(themedExit == 0, themedOut);
                Assert.Contains("""<p id="builtins">2025 kaup 1 1,2,3 7 true true</p>""", themed.Read("fi/paatokset/2025/a/index.html"));
            }

            var (initExit, _) = Run(work, tool, "init", "fresh-repository");
            var (freshCheckExit, freshCheckOut) = Run(Path.Combine(work, "fresh-repository"), tool, "check");
            Assert.Equal((0, 0), (initExit, freshCheckExit));
            Assert.StartsWith("Tarkistettu 6 päätöstä: ei virheitä", freshCheckOut);
            Assert.True(File.Exists(Path.Combine(work, "fresh-repository", "OHJE.md")));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int Exit, string Out) Run(string folder, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        // Compiling the native tool takes minutes on a busy machine.
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(20)), $"{command} {string.Join(' ', args)} did not finish in 20 minutes");
        if (command == "dotnet")
        {
            Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', args)} failed:\n{output}\n{error.Result}");
        }

        return (process.ExitCode, output);
    }
}
