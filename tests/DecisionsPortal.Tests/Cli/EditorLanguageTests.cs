using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;
using static DecisionsPortal.Tests.Support.CommandLineRunner;

namespace DecisionsPortal.Tests.Cli;

/// <summary>
/// The commands speak the editor's language: <c>--lang</c>, else site.yml's <c>editor_language:</c>,
/// else the site's first language. Only the words change: file, line, column and code stay.
/// </summary>
public sealed class EditorLanguageTests
{
    private static string Config(string extra = "") => TestSite.DefaultConfig + "\n" + extra;

    private static TestSite SiteWithUnknownOrgan(string extra = "") =>
        new($"-- site.yml --\n{Config(extra)}\n-- content/fi/2025/katto.md --\n{Decisions.Finnish(body: "kaupunginhalitus")}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

    [Fact]
    public void Check_speaks_the_sites_first_language_when_nothing_else_is_said()
    {
        using var site = SiteWithUnknownOrgan();

        var (exit, _, stderr) = Run("check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("katto.md(4,7): error DP0012: tuntematon toimielin 'kaupunginhalitus' kentässä 'body'; tarkoititko 'kaupunginhallitus'?", stderr);
        Assert.Matches(@"virheitä 1, varoituksia \d+", stderr);
    }

    [Fact]
    public void Editor_language_in_site_yml_chooses_Swedish()
    {
        using var site = SiteWithUnknownOrgan("editor_language: sv\n");

        var (_, _, stderr) = Run("check", "--config", site.ConfigPath);

        Assert.Contains("katto.md(4,7): error DP0012: okänt organ 'kaupunginhalitus' i 'body'; menade du 'kaupunginhallitus'?", stderr);
        Assert.Matches(@"fel: 1, varningar: \d+", stderr);
    }

    [Fact]
    public void The_lang_option_wins_over_site_yml()
    {
        using var site = SiteWithUnknownOrgan("editor_language: sv\n");

        var (_, _, stderr) = Run("check", "--config", site.ConfigPath, "--lang", "en");

        Assert.Contains("katto.md(4,7): error DP0012: unknown organ 'kaupunginhalitus' in 'body'; did you mean 'kaupunginhallitus'?", stderr);
        Assert.Matches(@"1 error\(s\), \d+ warning\(s\)", stderr);
    }

    [Fact]
    public void Checks_summary_and_build_summary_are_in_the_editors_language()
    {
        using var site = new TestSite($"-- site.yml --\n{Config()}\n-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\n{Decisions.Swedish()}");

        var check = Run("check", "--config", site.ConfigPath, "--lang", "sv");
        var build = Run("build", "--config", site.ConfigPath);

        Assert.Equal(0, check.Exit);
        Assert.Contains("Kontrollerat 2 beslut: inga fel, varningar: 0", check.Out);
        Assert.Equal(0, build.Exit);
        Assert.Matches(@"^Koottu fi: 1 päätös, sv: 1 päätös; kansiossa .*public/ on (\d+) tiedostoa, joista \1 kirjoitettiin nyt; aikaa kului \d+,\d\d sekuntia", build.Out);
    }

    [Fact]
    public void An_editor_language_without_messages_is_an_error_at_its_line()
    {
        using var site = SiteWithUnknownOrgan("editor_language: de\n");

        var (exit, _, stderr) = Run("check", "--config", site.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("site.yml(13,18): error DP1240: kohdan 'editor_language' arvon pitää olla fi, sv tai en", stderr);
    }

    [Fact]
    public void A_lang_option_without_messages_is_refused()
    {
        var (exit, _, stderr) = Run("check", "--lang", "de");

        Assert.Equal(2, exit);
        Assert.Contains("'--lang' cannot be 'de': write one of fi, sv, en", stderr);
    }

    [Fact]
    public void New_says_what_to_do_next_in_the_editors_language()
    {
        using var site = new TestSite($"-- site.yml --\n{Config("editor_language: sv\n")}");

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Koulun katon korjaus", "--body", "kaupunginhallitus", "--date", "2025-03-14");

        Assert.Equal(0, exit);
        Assert.Contains("Skapat ", stdout);
        Assert.Contains(": fyll i fälten (vart och ett har en hjälptext) och kör sedan 'check'.", stdout);
    }

    [Fact]
    public void Serves_error_box_says_nothing_has_been_built_yet_in_Swedish()
    {
        using var site = SiteWithUnknownOrgan();
        var folder = Path.Combine(site.Root, "serve-output");
        Directory.CreateDirectory(folder);

        var (status, _) = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true), folder, "sv").Rebuild();

        Assert.False(status.Ok);
        Assert.Equal("Webbplatsen har fel, och inget har byggts ännu. Rätta felen och spara:", status.Headline);
        Assert.Contains(status.Errors, e => e.EndsWith("error DP0012: okänt organ 'kaupunginhalitus' i 'body'; menade du 'kaupunginhallitus'?", StringComparison.Ordinal));
    }
}
