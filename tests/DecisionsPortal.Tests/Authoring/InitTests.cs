using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Authoring;

public sealed class InitTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLineRunner.Run(args);

    [Fact]
    public void Init_makes_a_content_repository_that_checks_and_builds_with_the_built_in_look_and_rebuilds_nightly()
    {
        using var folder = new TempFolder();
        var repository = Path.Combine(folder.Path, "paatokset");

        var (exit, stdout, stderr) = Run("init", repository);

        Assert.True(exit == 0, stderr);
        foreach (var file in new[] { "site.yml", ".gitignore", ".github/workflows/decisions-portal.yml", "OHJE.md", "ANVISNING.md", "content/fi/2025/wuhanin-ystavyyskongressi.md", "content/sv/2025/wuhanin-ystavyyskongressi.md" })
        {
            Assert.True(File.Exists(Path.Combine(repository, file)), file);
            Assert.Contains(file, stdout);
        }

        Assert.False(Directory.Exists(Path.Combine(repository, "templates")));
        Assert.DoesNotContain("templates:", File.ReadAllText(Path.Combine(repository, "site.yml")));
        Assert.Contains("schedule:", File.ReadAllText(Path.Combine(repository, ".github/workflows/decisions-portal.yml")));

        var config = Path.Combine(repository, "site.yml");
        var check = Run("check", "--config", config);
        Assert.True(check.Exit == 0, check.Err);
        Assert.Contains("Tarkistettu 6 päätöstä: ei virheitä, varoituksia 0", check.Out);

        var build = Run("build", "--config", config);
        Assert.True(build.Exit == 0, build.Err);
        Assert.Contains("Osallistuminen Wuhanin ystävyyskaupunkikongressiin", File.ReadAllText(Path.Combine(repository, "public/fi/paatokset/2025/wuhanin-ystavyyskongressi/index.html")));
    }

    [Fact]
    public void Init_pins_the_workflow_to_the_generator_that_wrote_it_so_a_newer_one_arrives_by_pull_request()
    {
        // A newer generator may find an error the old one did not: met first on the nightly run, it
        // would stop the build that takes expired personal data off the site.
        using var folder = new TempFolder();
        var commit = typeof(DecisionsPortal.Authoring.ContentRepositoryScaffolder).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[1];
        Assert.Matches("^[0-9a-f]{40}$", commit);

        Assert.Equal(0, Run("init", folder.Path).Exit);

        var workflow = File.ReadAllLines(Path.Combine(folder.Path, ".github/workflows/decisions-portal.yml"));
        Assert.Contains($"  PORTAL_REF: {commit}", workflow);
        Assert.DoesNotContain("  PORTAL_REF: main", workflow);
    }

    [Fact]
    public void Init_never_overwrites_a_file_and_names_each_one_it_would_have()
    {
        using var folder = new TempFolder();
        var siteYml = folder.Write("site.yml", "title: oma\n");

        var (exit, stdout, stderr) = Run("init", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("site.yml: error DP1230: this file exists already", stderr);
        Assert.Equal("title: oma\n", File.ReadAllText(siteYml));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "content")));
        Assert.DoesNotContain("Created", stdout);
    }

    [Fact]
    public void A_templates_folder_named_in_site_yml_that_does_not_exist_says_how_to_use_the_built_in_look()
    {
        using var site = new TestSite("-- site.yml --\ntitle: { fi: T, sv: T }\nbase_url: https://example.fi/\nlanguages: [fi, sv]\ntemplates: oma-teema\n-- content/fi/.keep --\n", copyTemplates: false);

        var (exit, _, stderr) = Run("check", "--config", site.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("mallikansiota ei löydy: ", stderr);
        Assert.Contains("poista site.yml-tiedostosta rivi 'templates:', niin käytetään valmista ulkoasua", stderr);
    }
}
