using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Rendering;

/// <summary>
/// The theme's folder is read as the content folder is: a symbolic link in it that leads out of it
/// is refused, since everything under assets/ is published as it is (a link to the CI runner's
/// '.git/config' or a home folder's key would put that file on the site), and a linked folder that
/// leads round in a loop is named, not walked until the file system gives up.
/// </summary>
public sealed class ThemeLinkTests : IDisposable
{
    private readonly TestSite site = new($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");
    private readonly string outside = Path.Combine(Path.GetTempPath(), "dp-outside-" + Guid.NewGuid().ToString("N"));

    public ThemeLinkTests()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "runner-secret-7f3a");
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    [Theory]
    [InlineData("templates/assets/logo.txt", false)]
    [InlineData("templates/assets/shared", true)]
    [InlineData("templates/partials/footer-text.txt", false)]
    public void A_link_out_of_the_theme_folder_is_an_error_at_the_link_and_its_file_is_published_nowhere(string link, bool folder)
    {
        var path = Path.Combine(site.Root, link);
        if (folder)
        {
            Directory.CreateSymbolicLink(path, outside);
        }
        else
        {
            File.CreateSymbolicLink(path, Path.Combine(outside, "secret.txt"));
        }

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ThemeLinkOutside);
        Assert.True(error.IsError);

        // A theme's error, as a template's: the configuration's exit code, not a decision file's.
        Assert.Equal(2, result.ExitCode);
        Assert.Equal((link, 1), (Path.GetRelativePath(site.Root, Path.GetFullPath(error.Location.Path)).Replace('\\', '/'), error.Location.Line));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_out_of_the_theme_folder_leaves_the_previous_site_without_the_file()
    {
        Assert.True(site.Build().Succeeded);
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/logo.txt"), Path.Combine(outside, "secret.txt"));

        Assert.False(site.Build().Succeeded);

        Assert.DoesNotContain(site.OutputFiles(), f => File.ReadAllText(Path.Combine(site.Output, f)).Contains("runner-secret-7f3a", StringComparison.Ordinal));
    }

    // The files read before the templates are (the strings files, the appeal texts): a link among
    // them is refused before it is read, so no message about what it leads to (a YAML error
    // quotes the line, with a token in it) reaches the CI log.
    [Theory]
    [InlineData("templates/i18n/fi.yml", "name: \"runner-secret-7f3a\n")]
    [InlineData("templates/i18n/sv.yml", "[remote \"origin\"]\n    url = https://x-access-token:runner-secret-7f3a@example.org/o/r\n")]
    [InlineData("templates/i18n/fi.yml", "url: https://x-access-token:runner-secret-7f3a@example.org/o/r\n")]
    [InlineData("templates/appeal/municipal.fi.md", "runner-secret-7f3a\n")]
    public void A_text_file_of_the_theme_that_links_out_is_refused_before_a_word_of_it_is_read(string link, string target)
    {
        Assert.True(site.Build().Succeeded);
        var before = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        File.WriteAllText(Path.Combine(outside, "config"), target);
        var path = Path.Combine(site.Root, link);
        File.Delete(path);
        File.CreateSymbolicLink(path, Path.Combine(outside, "config"));

        var (exit, stdout, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(2, exit);
        var errors = stderr.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.Contains($"{link}(1,1): error DP1152: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("runner-secret-7f3a", stdout + stderr, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), site.OutputFiles().Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(site.Output, f.Key))));
    }

    [Fact]
    public void A_link_that_stays_inside_the_theme_folder_is_published_as_its_file()
    {
        File.WriteAllText(Path.Combine(site.Root, "templates/assets/logo.txt"), "logo");
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/logo-copy.txt"), "logo.txt");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("logo", File.ReadAllText(Path.Combine(site.Output, Assert.Single(site.OutputFiles(), f => f.StartsWith("assets/logo-copy.", StringComparison.Ordinal)))));
    }

    [Fact]
    public void A_linked_folder_that_leads_round_in_a_loop_is_an_error_at_the_link_not_an_internal_error()
    {
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/loop"), "..");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ThemeLinkLoop, error.Code);
        Assert.EndsWith("templates/assets/loop", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(2, result.ExitCode);
    }
}
