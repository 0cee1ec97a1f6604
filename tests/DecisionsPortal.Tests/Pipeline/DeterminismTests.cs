using System.Globalization;
using System.Security.Cryptography;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

[CollectionDefinition(nameof(ProcessWideSettings), DisableParallelization = true)]
public sealed class ProcessWideSettings;

/// <summary>
/// This test changes the process's culture, so it runs alone; the other determinism tests
/// (<see cref="TimeZoneLocaleAndOrderTests"/>) change nothing of the process and run beside the rest.
/// </summary>
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

    internal static string TreeHash(string folder)
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
