using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

[CollectionDefinition(nameof(ProcessWideSettings), DisableParallelization = true)]
public sealed class ProcessWideSettings;

/// <summary>These tests change the process's culture, so they run alone.</summary>
[Collection(nameof(ProcessWideSettings))]
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical_under_any_culture()
    {
        using var site = new TestSite();
        CorpusGenerator.Write(site, 40);
        var hashes = new List<string>();
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            foreach (var name in new[] { "fi-FI", "sv-SE", "tr-TR", "th-TH", "" })
            {
                var culture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
                Assert.True(site.Build().Succeeded);
                hashes.Add(TreeHash(site.Output));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original.CurrentCulture;
            CultureInfo.CurrentUICulture = original.CurrentUICulture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = original.DefaultThreadCurrentCulture;
        }

        Assert.Single(hashes.Distinct());
    }

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
                return TreeHash(output);
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

        Assert.Equal(TreeHash(forwards.Output), TreeHash(backwards.Output));
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

    private static string TreeHash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
