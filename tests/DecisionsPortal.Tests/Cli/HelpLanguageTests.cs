using DecisionsPortal.Tests.Support;
using static DecisionsPortal.Tests.Support.CommandLineRunner;

namespace DecisionsPortal.Tests.Cli;

/// <summary>
/// The help speaks the language the command's messages are in: <c>--lang</c> where it names that
/// language, else site.yml's <c>editor_language:</c> or first language. The library's own words
/// ("Usage:", "Options:") stay English.
/// </summary>
public sealed class HelpLanguageTests
{
    [Fact]
    public void Build_help_under_the_Finnish_setting_describes_the_command_and_its_options_in_Finnish()
    {
        var (exit, stdout, _) = Run("build", "--help", "--lang", "fi");

        Assert.Equal(0, exit);
        Assert.Contains("Kokoaa sivuston tulostekansioon (kansio päivitetään vain, jos kokoaminen onnistuu)", stdout);
        Assert.Contains("Ottaa mukaan myös luonnoksiksi merkityt päätökset ('draft: true')", stdout);
        Assert.Contains("Viestien kieli: fi, sv tai en", stdout);
        Assert.DoesNotContain("Include decisions", stdout);
        Assert.DoesNotContain("[en]", stdout);
    }

    [Fact]
    public void Help_follows_the_editor_language_of_site_yml()
    {
        using var site = new TestSite($"-- site.yml --\n{TestSite.DefaultConfig}\neditor_language: sv\n");

        var (_, stdout, _) = Run("check", "--config", site.ConfigPath, "--help");

        Assert.Contains("Kontrollerar site.yml, mallarna och varje beslut utan att skriva något", stdout);
        Assert.Contains("Meddelandenas språk: fi, sv eller en", stdout);
    }

    [Fact]
    public void The_content_language_of_new_does_not_choose_the_language_of_its_help()
    {
        using var site = new TestSite($"-- site.yml --\n{TestSite.DefaultConfig}\n");

        var (_, stdout, _) = Run("new", "--lang", "sv", "--config", site.ConfigPath, "--help");

        Assert.Contains("Uuden tiedoston kieli, esim. fi tai sv", stdout);
    }

    [Fact]
    public void Without_a_site_or_a_language_the_help_is_English()
    {
        var (_, stdout, _) = Run("serve", "--config", Path.Combine(Path.GetTempPath(), "ei-ole", "site.yml"), "--help");

        Assert.Contains("The port on 127.0.0.1 (0: any free port)", stdout);
    }
}
