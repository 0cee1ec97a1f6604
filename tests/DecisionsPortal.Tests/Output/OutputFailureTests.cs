using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Output;

public sealed class OutputFailureTests
{
    [Fact]
    public void An_output_folder_that_cannot_be_made_is_one_readable_error_and_nothing_is_written()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var blocked = Path.Combine(site.Root, "site.yml", "public");

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--output", blocked, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("error DP1030: could not write the output:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    // The walk of the previous output fails here on a path longer than the system's limit; for a
    // user, on a folder in the output they may not read.
    [Fact]
    public void An_output_whose_old_files_cannot_all_be_read_is_one_readable_error_and_is_left_as_it_was()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        Assert.True(site.Build().Succeeded);
        var page = site.Read("fi/paatokset/2025/a/index.html");
        var deep = string.Join('/', Enumerable.Repeat(new string('x', 240), 20));
        Shell("mkdir", site.Output, "-p", deep);
        try
        {
            site.Write("content/fi/2025/a.md", Decisions.Finnish(text: "Katto vuotaa yhä."));

            var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Contains("error DP1030: could not write the output:", stderr);
            Assert.DoesNotContain("   at ", stderr);
            Assert.Equal(page, site.Read("fi/paatokset/2025/a/index.html"));
        }
        finally
        {
            // rm, as the folder's own path is too long to remove by it.
            Shell("rm", site.Output, "-rf", deep.Split('/')[0]);
        }
    }

    private static void Shell(string command, string folder, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(command, args) { WorkingDirectory = folder })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void A_site_retired_by_an_earlier_version_beside_the_output_is_removed_by_the_next_build()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var retired = Path.Combine(site.Root, ".public.old-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(retired, "fi"));
        File.WriteAllText(Path.Combine(retired, "fi", "index.html"), "Paikalla oli Maija Mallikas.");

        Assert.True(site.Build().Succeeded);

        Assert.False(Directory.Exists(retired));
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void An_attachment_renamed_only_in_letter_case_is_published_under_its_new_name_alone()
    {
        const string decision = "content/fi/2025/a.md";
        using var site = new TestSite($"-- {decision} --\n{Decisions.Finnish(extra: "attachments: [{ title: Liite, file: Liite.PDF }]")}\n-- content/fi/2025/Liite.PDF --\n%PDF-1.4 liite\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains(site.OutputFiles(), f => f.EndsWith("/Liite.PDF", StringComparison.Ordinal));

        File.Move(Path.Combine(site.Root, "content/fi/2025/Liite.PDF"), Path.Combine(site.Root, "content/fi/2025/liite.pdf"));
        site.Write(decision, Decisions.Finnish(extra: "attachments: [{ title: Liite, file: liite.pdf }]"));
        Assert.True(site.Build().Succeeded);

        var attachments = site.OutputFiles().Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Single(attachments);
        Assert.EndsWith("/liite.pdf", attachments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_into_the_output_that_fails_midway_names_the_file_says_the_output_is_partly_updated_and_the_next_build_finishes_it()
    {
        const string decision = "content/fi/2025/a.md";
        // On the disk: a RAM file system has no immutable files.
        using var site = new TestSite($"-- {decision} --\n{Decisions.Finnish()}", root: TestTemp.OnDisk("dp-test-"));
        Assert.True(site.Build().Succeeded);

        // The text changes, and the old page cannot be replaced (immutable: not even root may rename
        // over it): the data files are moved in first, then the pages, where the move fails.
        site.Write(decision, Decisions.Finnish(text: "Katto vuotaa yhä, ja korjaus on kiireellinen."));
        var page = Path.Combine(site.Output, "fi/paatokset/2025/a/index.html");
        Immutable(page, true);
        try
        {
            var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Matches(@"public/fi/paatokset/2025/a/index\.html: error DP1301: the new version of this file could not be put in place \(.+\); the output folder is now partly updated: [1-9][0-9]* of the [0-9]+ changed files are new, the others still old \(each file is whole\); build again to finish the update", stderr);
            Assert.Contains("1 error(s), 0 warning(s); the output folder is partly updated: build again", stderr);
            Assert.DoesNotContain("nothing was written", stderr);
            Assert.DoesNotContain("   at ", stderr);
            // As it says: the decision's data is already new.
            Assert.Contains("korjaus on kiireellinen", site.Read("fi/paatokset/2025/a/index.json"), StringComparison.Ordinal);

            var (_, _, finnish) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "fi");
            Assert.Contains("error DP1301: tämän tiedoston uutta versiota ei voitu siirtää paikalleen (", finnish);
            Assert.Contains("tulostekansio on nyt päivitetty vain osittain", finnish);
            Assert.Contains("virheitä 1, varoituksia 0; tulostekansio on päivitetty vain osittain: kokoa sivusto uudelleen", finnish);
        }
        finally
        {
            Immutable(page, false);
        }

        // The cause removed, the next build finishes the update.
        Assert.True(site.Build().Succeeded);
        Assert.Contains("korjaus on kiireellinen", site.Read("fi/paatokset/2025/a/index.html"), StringComparison.Ordinal);
    }

    private static void Immutable(string file, bool on)
    {
        using var chattr = System.Diagnostics.Process.Start("chattr", [on ? "+i" : "-i", file])!;
        chattr.WaitForExit();
        Assert.Equal(0, chattr.ExitCode);
    }
}
