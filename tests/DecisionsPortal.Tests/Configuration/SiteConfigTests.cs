using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Configuration;

public sealed class SiteConfigTests
{
    private static string Config(string replace, string with) => TestSite.DefaultConfig.Replace(replace, with);

    [Fact]
    public void An_unknown_key_is_a_configuration_error_at_its_line_with_a_suggestion()
    {
        using var site = new TestSite($"-- site.yml --\n{TestSite.DefaultConfig}\npage_sise: 10\n");
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP1003");
        Assert.Equal(13, error.Location.Line);
        Assert.Contains("did you mean 'page_size'", error.Message);
    }

    [Fact]
    public void A_body_without_a_label_for_every_language_names_the_body_and_the_language()
    {
        using var site = new TestSite("-- site.yml --\n" + Config("kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige }", "kaupunginvaltuusto: { fi: Kaupunginvaltuusto }"));
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP1005");
        Assert.Contains("'bodies.kaupunginvaltuusto' has no label for language 'sv'", error.Message);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void An_unknown_appeal_is_named_with_the_other_errors_of_the_organs()
    {
        using var site = new TestSite("-- site.yml --\n" + Config("kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige }", "kaupunginvaltuusto: { fi: Kaupunginvaltuusto }")
            .Replace("kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }", "kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen, appeal: oikaisuvaatimus }"));
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["DP1005", "DP1051"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order());
    }

    [Theory]
    [InlineData("languages: [fi, se]", 17, "se", "sv")]
    [InlineData("languages: [fin, sv]", 13, "fin", "fi")]
    public void A_misspelt_language_code_is_one_error_at_it_naming_the_code_the_labels_are_written_in(string languages, int column, string written, string meant)
    {
        using var site = new TestSite("-- site.yml --\n" + Config("languages: [fi, sv]", languages) + "\neditor_language: en\n");
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("DP1006", 3, column), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Equal($"'title' and the other labels are written for '{meant}', not '{written}': did you mean '{meant}'?", error.Message);
    }

    [Theory]
    [InlineData("ftp://example.fi/")]
    [InlineData("paatokset.example.fi")]
    [InlineData("https://example.fi/?x=1")]
    public void A_base_url_that_is_not_an_absolute_http_address_is_refused(string url)
    {
        using var site = new TestSite("-- site.yml --\n" + Config("https://paatokset.esimerkkila.example/", url));
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP1006");
        Assert.Equal(2, error.Location.Line);
        Assert.Contains("base_url", error.Message);
    }

    [Theory]
    [InlineData("paatokset.example.fi", "https://paatokset.example.fi/")]
    [InlineData("www.kemi.fi/paatokset", "https://www.kemi.fi/paatokset/")]
    [InlineData("https://example.fi/portal/?x=1", "https://example.fi/portal/")]
    [InlineData("https://example.fi/portal/#top", "https://example.fi/portal/")]
    [InlineData("https://example.fi/portal/index.html", "https://example.fi/portal/")]
    public void A_base_url_copied_from_the_address_bar_is_refused_with_the_address_to_write(string url, string meant)
    {
        using var site = new TestSite("-- site.yml --\n" + Config("https://paatokset.esimerkkila.example/", url));
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "DP1006");
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
        Assert.EndsWith($"did you mean '{meant}'?", error.Message);
    }

    [Fact]
    public void An_invisible_character_pasted_after_the_base_url_warns_and_stays_out_of_every_address()
    {
        using var site = new TestSite("-- site.yml --\n" + Config("https://paatokset.esimerkkila.example/", "https://paatokset.esimerkkila.example/\u200B"));
        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "DP1158");
        Assert.Equal(2, warning.Location.Line);
        Assert.Contains("<loc>https://paatokset.esimerkkila.example/fi/</loc>", site.Read("sitemap.xml"));
        Assert.DoesNotContain(site.OutputFiles(), f => site.Read(f).Contains("%E2%80%8B", StringComparison.OrdinalIgnoreCase) || site.Read(f).Contains('\u200B'));
    }

    [Fact]
    public void Broken_yaml_in_site_yml_is_reported_at_its_line()
    {
        using var site = new TestSite("-- site.yml --\ntitle: { fi: A, sv: B\nlanguages: [fi, sv]\n");
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("DP1135", 1, 8), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("end the list or mapping with '}'", error.Message);
    }

    [Fact]
    public void A_language_without_its_strings_file_names_the_file_to_create()
    {
        using var site = new TestSite("-- site.yml --\n" + Config("languages: [fi, sv]", "languages: [fi, sv, en]"));
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "DP1010" && d.Message.Contains("i18n/en.yml"));
    }

    [Theory]
    [InlineData("token x")]
    [InlineData("")]
    [InlineData("- nimi\n- päivämäärä")]
    public void A_strings_file_that_is_not_field_value_lines_is_a_configuration_error_at_it(string written)
    {
        using var site = new TestSite($"-- templates/i18n/fi.yml --\n{written}\n");
        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DP1002", error.Code);
        Assert.EndsWith(Path.Combine("templates", "i18n", "fi.yml"), error.Location.Path);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("'field: value' lines", error.Message);
    }

    [Fact]
    public void A_third_language_needs_only_site_yml_and_an_i18n_file()
    {
        var english = File.ReadAllText(Path.Combine(Repository.Templates, "i18n", "fi.yml"))
            .Replace("name: suomi", "name: English")
            .Replace("decisions: paatokset", "decisions: decisions")
            .Replace("year: vuosi", "year: year")
            .Replace("body: toimielin", "body: body")
            .Replace("topic: aihe", "topic: topic")
            .Replace("person: henkilo", "person: person")
            .Replace("page: sivu", "page: page")
            .Replace("search: haku", "search: search")
            .Replace("  preparer: Valmistelija", "  preparer: Preparer");
        var config = string.Join('\n', TestSite.DefaultConfig.Split('\n').Select(line => line.Contains("{ fi:", StringComparison.Ordinal)
            ? line.Replace(" }", ", en: English label }")
            : line)).Replace("languages: [fi, sv]", "languages: [fi, sv, en]");
        using var site = new TestSite($"-- site.yml --\n{config}\n-- templates/i18n/en.yml --\n{english}\n-- content/en/2025/roof.md --\n{Decisions.Finnish(title: "School roof repair")}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = Html.Parse(site.Read("en/decisions/2025/roof/index.html"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Preparer", page.QuerySelector(".facts")!.TextContent);
        Assert.True(site.Exists("fi/paatokset/index.html"));
        Assert.Contains("School roof repair", site.Read("fi/paatokset/index.html"));
    }

    [Fact]
    public void Paths_in_site_yml_are_relative_to_site_yml_not_to_the_working_folder()
    {
        using var site = new TestSite("-- site.yml --\n" + TestSite.DefaultConfig + "\ncontent: texts\noutput: web\n-- texts/fi/2025/a.md --\n" + Decisions.Finnish());

        var result = DecisionsPortal.Pipeline.BuildPipeline.Run(new DecisionsPortal.Configuration.BuildOptions(site.ConfigPath));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(site.Root, "web", "fi", "paatokset", "2025", "a", "index.html")));
    }
}
