using System.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>
/// The output does not depend on the time zone, the locale or the order files were created in.
/// Nothing here changes the test process's own settings (the generator runs as a process of its
/// own), so these run beside the other classes rather than alone at the end with
/// <see cref="DeterminismTests"/>.
/// </summary>
public sealed class TimeZoneLocaleAndOrderTests
{
    [Fact]
    public void The_command_line_build_is_the_same_in_any_time_zone_and_locale()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 20);
        var hashes = new[] { ("UTC", "C.UTF-8"), ("Pacific/Kiritimati", "fi_FI.UTF-8"), ("America/Adak", "tr_TR.UTF-8") }
            .Select(setting =>
            {
                var output = Path.Combine(site.Root, "out-" + setting.Item1.Replace('/', '-'));
                var exit = RunGenerator(site, output, setting.Item1, setting.Item2);
                Assert.Equal(0, exit);
                return DeterminismTests.TreeHash(output);
            })
            .ToList();

        Assert.Single(hashes.Distinct());
    }

    [Fact]
    public void The_order_in_which_files_were_created_does_not_change_the_output()
    {
        using var forwards = new TestSite();
        CorpusGenerator.Write(forwards, 40);
        var files = Directory.EnumerateFiles(Path.Combine(forwards.Root, "content"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(forwards.Root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var backwards = new TestSite();
        Directory.Delete(Path.Combine(backwards.Root, "content"), recursive: true);
        foreach (var file in Enumerable.Reverse(files))
        {
            backwards.WriteBytes(file, File.ReadAllBytes(Path.Combine(forwards.Root, file)));
        }

        Assert.True(forwards.Build().Succeeded);
        Assert.True(backwards.Build().Succeeded);

        Assert.Equal(DeterminismTests.TreeHash(forwards.Output), DeterminismTests.TreeHash(backwards.Output));
    }

    private static int RunGenerator(TestSite site, string output, string timeZone, string locale)
    {
        var generator = Path.Combine(AppContext.BaseDirectory, "DecisionsPortal.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", generator, "build", "--config", site.ConfigPath, "--output", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TZ"] = timeZone;
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        start.Environment["SOURCE_DATE_EPOCH"] = "1741910400";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr.Result);
        return process.ExitCode;
    }
}
