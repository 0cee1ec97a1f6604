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
}
