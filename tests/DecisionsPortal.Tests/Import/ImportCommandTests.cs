using System.CommandLine;
using DecisionsPortal.Import;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Import;

public sealed class ImportCommandTests
{
    private static readonly string Seed = Path.Combine(Repository.TestsFolder, "Import", "Seeds", "kemi-2025-01-29-wuhan.txt");

    private const string ImportedPath = "content/fi/2025/kemin-kaupunki-vastaa-kutsuun-myonteisesti-ja-osallistuu.md";

    private static (int Exit, string Out, string Err) Import(Func<(ISpeller?, string?)> speller, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = DecisionsPortal.Cli.ImportCommand.Create(stdout, stderr, speller);
        var exit = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static (int Exit, string Out, string Err) WithVoikko(params string[] args) => Import(() => (Voikko.Open(), null), args);

    [Fact]
    public void The_seed_becomes_a_draft_decision_with_its_fields_and_its_words_restored()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = WithVoikko(Seed, "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Contains("(draft)", stdout);
        var result = site.Build(drafts: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var decision = Assert.Single(result.Site!.Decisions).Decision;
        Assert.Equal(new DateOnly(2025, 1, 29), decision.Date);
        Assert.Equal("kaupunginhallitus", decision.Body);
        Assert.Equal(("Jukka Vilen", "Hallinto- ja kehitysjohtaja"), (decision.Preparer.Name, decision.Preparer.Title));
        Assert.Equal(("Matti Ruotsalainen", "Kaupunginjohtaja"), (decision.Presenter.Name, decision.Presenter.Title));
        Assert.StartsWith("Kaupunginhallitus päättää, että Kemin kaupunki vastaa kutsuun\nmyönteisesti ja osallistuu kongressiin ja nimeää matkalle", decision.Proposal);
        Assert.EndsWith("Kemin Digipolis Oy toimitusjohtaja Kimmo Heikan.", decision.Proposal.TrimEnd());
        Assert.True(decision.Draft);
        Assert.StartsWith("Osallistuminen ystävyyskongressiin vahvistaa Kemin profiilia", decision.Markdown);
        Assert.Contains("halua syventää yhteistyötä.", decision.Markdown);
        Assert.Contains("kansainvälisessä\nyhteistyössä", decision.Markdown);
        Assert.DoesNotContain("6", decision.Markdown.Replace("2025", ""));
        Assert.StartsWith("Kemin kaupunki vastaa kutsuun myönteisesti", decision.Title);
        Assert.False(site.Build().Site!.Decisions.Any(), "an imported draft is not published until reviewed");
    }

    [Fact]
    public void The_review_list_names_every_word_left_as_scanned_with_its_line_and_flags_the_derived_title()
    {
        using var site = new TestSite();

        var (_, _, stderr) = WithVoikko(Seed, "--config", site.ConfigPath);

        Assert.Contains("kemi-2025-01-29-wuhan.txt(21,46): warning DP0067: 'kaapungille' is not a word", stderr);
        Assert.Contains("kemi-2025-01-29-wuhan.txt(21,1): warning DP0067: 'mahdollisuuksa'", stderr);
        Assert.Contains("'esitellda'", stderr);
        Assert.Contains("warning DP0068: the text has no title", stderr);
        Assert.DoesNotContain("'ystavyyskongressiin'", stderr);
        var file = File.ReadAllText(Path.Combine(site.Root, ImportedPath));
        Assert.Contains("#   3: ystavyyskongressiin → ystävyyskongressiin", file);
        Assert.Contains("#   11: yhteisty6ta → yhteistyötä", file);
        Assert.Contains("#   21: kaapungille\n", file);
        Assert.Contains("# TARKISTA: tekstissä ei ollut otsikkoa", file);
    }

    [Fact]
    public void Without_libvoikko_import_says_so_in_one_line_and_imports_the_text_as_scanned()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Import(() => (null, "libvoikko is not installed"), Seed, "--config", site.ConfigPath);

        Assert.Equal(0, exit);
        Assert.Single(stderr.Split('\n'), l => l.StartsWith("note: libvoikko is not installed; importing without OCR repair", StringComparison.Ordinal));
        var decision = Assert.Single(site.Build(drafts: true).Site!.Decisions).Decision;
        Assert.Contains("Osallistuminen ystavyyskongressiin", decision.Markdown);
        Assert.Equal(new DateOnly(2025, 1, 29), decision.Date);
        Assert.Contains("# TARKISTA: skannausvirheitä ei korjattu", File.ReadAllText(Directory.EnumerateFiles(Path.Combine(site.Root, "content/fi/2025")).Single()));
    }

    [Fact]
    public void A_text_without_the_expected_sections_is_an_error_naming_what_is_missing()
    {
        using var site = new TestSite("-- old.txt --\nValmistelu\nHallintojohtaja Maija Meikäläinen 2.3.2024\nTeksti.\n");

        var (exit, _, stderr) = WithVoikko(Path.Combine(site.Root, "old.txt"), "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("old.txt: error DP0065: missing the sections 'Esittelijä', 'Päätösehdotus'", stderr);
        Assert.False(Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_folder_given_for_a_file_and_a_file_the_disk_cannot_read_are_each_named_and_nothing_is_imported()
    {
        using var site = new TestSite("-- poytakirjat/vanha.txt --\nValmistelu\n");
        var folder = Path.Combine(site.Root, "poytakirjat");

        // /proc/self/mem is a regular file whose read at offset 0 fails (EIO): a real failing read.
        var (exit, _, stderr) = WithVoikko(folder, "/proc/self/mem", "--config", site.ConfigPath, "--lang", "fi");

        Assert.Equal(1, exit);
        Assert.Contains("poytakirjat: error DP0066: this is a folder; give the files of minutes in it, e.g. '", stderr);
        Assert.Contains("poytakirjat/*.txt'", stderr);
        Assert.Contains("/proc/self/mem: error DP0066: cannot read the file: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void A_file_that_is_not_there_is_named_so_in_the_editors_words()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = WithVoikko(Path.Combine(site.Root, "poytakirja.txt"), "--config", site.ConfigPath, "--lang", "fi");

        Assert.Equal(1, exit);
        Assert.Contains("poytakirja.txt: error DP0066: there is no such file; check its name and folder", stderr);
        Assert.DoesNotContain("Could not find", stderr);
    }

    [Fact]
    public void Swedish_minutes_are_read_by_their_own_headings()
    {
        using var site = new TestSite("""
            -- gammal.txt --
            § 7 Reparation av skolans tak
            Beredning
            Teknisk direktör Maja Exempel 4.3.2024
            Taket läcker.
            Föredragande Stadsdirektör Olli Esimerkki
            Beslutsförslag Stadsstyrelsen beslutar att reparera taket.
            """);

        var (exit, _, stderr) = WithVoikko(Path.Combine(site.Root, "gammal.txt"), "--config", site.ConfigPath, "--lang", "sv");

        Assert.Equal(0, exit);
        Assert.Contains("note: there is no dictionary for 'sv': the voikko spell checker's dictionary (voikko-fi) is Finnish only; importing without OCR repair", stderr);
        Assert.DoesNotContain("not installed", stderr);
        Assert.Contains("gammal.txt(3,1): warning DP0244: the date 2024-03-04 was taken from the preparer's line", stderr);
        var decision = Assert.Single(site.Build(drafts: true).Site!.Decisions).Decision;
        Assert.Equal(("sv", "Reparation av skolans tak", "reparation-av-skolans-tak"), (decision.Language, decision.Title, decision.Slug));
        Assert.Equal(("Maja Exempel", "Teknisk direktör", "Olli Esimerkki"), (decision.Preparer.Name, decision.Preparer.Title, decision.Presenter.Name));
        Assert.Equal("kaupunginhallitus", decision.Body);
        Assert.Equal("Taket läcker.", decision.Markdown.Trim());
    }

    [Fact]
    public void An_invented_title_is_flagged_as_the_file_name_to_rename_and_the_date_as_taken_from_the_preparers_line()
    {
        using var site = new TestSite();

        var (_, _, stderr) = WithVoikko(Seed, "--config", site.ConfigPath);

        Assert.Contains("kemi-2025-01-29-wuhan.txt(2,1): warning DP0244: the date 2025-01-29 was taken from the preparer's line, which dates the preparation; check that it is the date of the decision", stderr);
        var title = stderr.Split('\n').Single(l => l.Contains("warning DP0068", StringComparison.Ordinal));
        Assert.Contains("and so was the file name ", title);
        Assert.Contains(ImportedPath + ", which becomes the decision's permanent address: when you correct the title, rename the file to match", title);
    }

    [Fact]
    public void Importing_the_same_text_again_never_overwrites_the_reviewed_file()
    {
        using var site = new TestSite();
        WithVoikko(Seed, "--config", site.ConfigPath);
        File.AppendAllText(Path.Combine(site.Root, ImportedPath), "Reviewed.\n");

        var (exit, _, stderr) = WithVoikko(Seed, "--config", site.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("error DP1060", stderr);
        Assert.EndsWith("Reviewed.\n", File.ReadAllText(Path.Combine(site.Root, ImportedPath)));
    }

    // The file name is made from the title: one with nothing to make it of would be the hidden
    // file ".md", which every check refuses, so the editor is told at the title's line instead.
    [Theory]
    [InlineData("§ 7 [[Maija Meikäläinen]]{.personal}")]
    [InlineData("§ 7 !!!")]
    public void A_title_with_no_words_to_make_a_file_name_of_is_an_error_at_its_line_and_nothing_is_written(string heading)
    {
        using var site = new TestSite($"""
            -- vanha.txt --
            {heading}
            Valmistelu
            Tekninen johtaja Maija Esimerkki 4.3.2024
            Katto vuotaa.
            Esittelijä Kaupunginjohtaja Olli Esimerkki
            Päätösehdotus Kaupunginhallitus päättää korjata katon.
            """);

        var (exit, _, stderr) = Import(() => (null, "libvoikko is not installed"), Path.Combine(site.Root, "vanha.txt"), "--config", site.ConfigPath, "--lang", "fi");

        Assert.Equal(1, exit);
        Assert.Contains("vanha.txt(1,1): error DP0179: ", stderr);
        Assert.DoesNotContain("Meikäläinen", stderr);
        Assert.False(Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Any());
    }
}
