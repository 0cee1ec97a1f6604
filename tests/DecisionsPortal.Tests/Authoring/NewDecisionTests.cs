using System.Text.RegularExpressions;
using DecisionsPortal.Cli;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Authoring;

public sealed class NewDecisionTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CommandLineRunner.Run(args);

    [Fact]
    public void New_writes_every_field_with_a_comment_at_a_path_made_from_the_title()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Yhteistyö Åbo Akademin kanssa: sopimus", "--body", "kaupunginhallitus", "--date", "2025-02-03");

        Assert.Equal(0, exit);
        Assert.Contains("yhteistyo-abo-akademin-kanssa-sopimus.md", stdout);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/yhteistyo-abo-akademin-kanssa-sopimus.md"));
        foreach (var field in DecisionsPortal.Content.DecisionFields.All)
        {
            Assert.Matches(new Regex($"^{field}:.* # \\S", RegexOptions.Multiline), text);
        }

        Assert.Contains("title: \"Yhteistyö Åbo Akademin kanssa: sopimus\"", text);
        Assert.Contains("Päätöksen päivämäärä", text);
    }

    // Seen black-box: the file name, made from the title, held the marked name, so the page's
    // address kept it in every listing, feed, sitemap and data file after the last day.
    [Fact]
    public void The_file_name_leaves_out_the_words_of_a_personal_data_mark_in_the_title()
    {
        using var site = new TestSite();

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Rakennuslupa [[Zacharias Quorvinen]]{.personal}", "--date", "2025-02-03");
        var (onlyMark, _, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "[[Zacharias Quorvinen]]{.personal}", "--date", "2025-02-03");

        Assert.Equal(0, exit);
        Assert.Contains("content/fi/2025/rakennuslupa.md", stdout);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/fi/2025/rakennuslupa.md")));
        Assert.Equal(2, onlyMark);
        Assert.Contains("DP1061", stderr);
        Assert.DoesNotContain("Quorvinen", stderr);
        Assert.DoesNotContain(Directory.GetFiles(site.Root, "*.md", SearchOption.AllDirectories), f => f.Contains("quorvinen", StringComparison.Ordinal));
    }

    [Fact]
    public void Until_its_fields_are_filled_in_check_names_each_missing_one_and_once_filled_the_file_builds()
    {
        using var site = new TestSite();
        Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Katon korjaus", "--date", "2025-02-03");
        var path = Path.Combine(site.Root, "content/fi/2025/katon-korjaus.md");

        var (exit, _, stderr) = Run("check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("'body' is empty", stderr);
        Assert.Contains("'proposal' is empty", stderr);
        Assert.Contains("'preparer' needs a 'name'", stderr);

        File.WriteAllText(path, FillIn(File.ReadAllText(path)));

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Katon korjaus", site.Read("fi/paatokset/2025/katon-korjaus/index.html"));
    }

    [Fact]
    public void The_installed_command_transliterates_the_file_name_too()
    {
        // The generator runs with invariant globalization, unlike the test host: run it as users do.
        using var site = new TestSite();

        var (exit, _, stderr) = GeneratorProcess.Run(new Dictionary<string, string>(), "new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Myönteinen päätös Åbon öljystä", "--date", "2025-02-03");

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/fi/2025/myonteinen-paatos-abon-oljysta.md")));
    }

    [Fact]
    public void A_title_pasted_with_line_breaks_and_a_dashes_line_stays_one_value_of_the_front_matter()
    {
        using var site = new TestSite();
        Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Katon korjaus\n---\nconfidential: true \\", "--date", "2025-02-03");
        var text = File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/katon-korjaus-confidential-true.md"));

        Assert.Contains("title: \"Katon korjaus\\n---\\nconfidential: true \\\\\" ", text);
        var (_, _, stderr) = Run("check", "--config", site.ConfigPath);
        Assert.Contains("'body' is empty", stderr);
        Assert.DoesNotContain("DP0134", stderr);
        Assert.DoesNotContain("DP0003", stderr);
    }

    [Fact]
    public void New_never_overwrites_a_file()
    {
        using var site = new TestSite("-- content/fi/2025/katon-korjaus.md --\nmy work\n");
        var before = File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/katon-korjaus.md"));

        var (exit, _, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Katon korjaus", "--date", "2025-02-03");

        Assert.Equal(2, exit);
        Assert.Contains("error DP1060", stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Root, "content/fi/2025/katon-korjaus.md")));
    }

    [Fact]
    public void An_unknown_organ_or_language_is_a_usage_error_with_a_suggestion()
    {
        using var site = new TestSite();

        var (exit, _, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "X", "--body", "kaupunginhalitus");
        var (langExit, _, langError) = Run("new", "--config", site.ConfigPath, "--lang", "se", "--title", "X");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'kaupunginhallitus'?", stderr);
        Assert.Equal(2, langExit);
        Assert.Contains("unknown language 'se'", langError);
    }

    [Fact]
    public void A_translation_is_written_at_the_paired_path_with_the_fields_that_carry_over()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "section: 12\ndnro: ESIM/1/2025\ntopics: [schools]")}");

        var (exit, _, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/katto.md"));

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/katto.md"));
        Assert.Matches(@"(?m)^date: 2025-03-14 ", text);
        Assert.Matches(@"(?m)^body: kaupunginhallitus ", text);
        Assert.Matches(@"(?m)^section: 12 ", text);
        Assert.Matches(@"(?m)^dnro: ""ESIM/1/2025"" ", text);
        Assert.Matches(@"(?m)^topics: \[schools\] ", text);
        Assert.Matches(@"(?m)^  name: ""Maija Meikäläinen"" ", text);
        Assert.Contains("Översätt:", text);

        File.WriteAllText(Path.Combine(site.Root, "content/sv/2025/katto.md"), FillIn(text.Replace("body: kaupunginhallitus", "body:")));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("/fi/paatokset/2025/katto/", site.Read("sv/beslut/2025/katto/index.html"));
    }

    [Fact]
    public void A_translation_of_a_file_fresh_from_new_carries_what_is_filled_and_names_what_is_not()
    {
        using var site = new TestSite();
        var (newExit, _, _) = Run("new", "--config", site.ConfigPath, "--lang", "fi", "--title", "Koulun katto", "--date", "2025-03-14");
        Assert.Equal(0, newExit);

        var (exit, stdout, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/koulun-katto.md"));

        Assert.Equal("", stderr);
        Assert.Equal(0, exit);
        Assert.Contains("content/sv/2025/koulun-katto.md: fill in the fields", stdout);
        Assert.Contains("Not carried over from ", stdout);
        Assert.Contains("content/fi/2025/koulun-katto.md, where they are empty or not valid: body, preparer, presenter; fill in the Finnish file first, then copy them here.", stdout);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/koulun-katto.md"));
        Assert.Matches(@"(?m)^date: 2025-03-14 ", text);
        Assert.Contains("('Koulun katto')", text);
    }

    [Fact]
    public void A_translation_of_a_file_whose_front_matter_cannot_be_read_is_still_written_with_every_field_named()
    {
        using var site = new TestSite("-- content/fi/2025/rikki.md --\n---\ntitle: Katto\n\tdate: 2025-03-14\n---\n");

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/rikki.md"));

        Assert.Equal(0, exit);
        Assert.Contains("content/fi/2025/rikki.md, where they are empty or not valid: date, body, preparer, presenter; fill in the Finnish file first", stdout);
        Assert.Matches(@"(?m)^date: +# ", File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/rikki.md")));
    }

    [Theory]
    // Front matter that cannot be read: nothing is carried, and the withholding field was not named, so the translation said 'personal:' empty.
    [InlineData("title: Katto\npersonal: [title]\n\tdate: 2025-03-14\n", "date, body, preparer, presenter, personal;")]
    [InlineData("title: Katto\n\tdate: 2025-03-14\n  \"draft\" : true\n", "date, body, preparer, presenter, draft;")]
    // Readable, but the withholding field is written in Finnish: check stops at it (DP0014), the translation said 'confidential: false'.
    [InlineData("title: Katto\ndate: 2025-03-14\nbody: kaupunginhallitus\npreparer: { name: A B, title: C }\npresenter: { name: D E, title: F }\nconfidential: false\nsalainen: true\n", "not valid: confidential;")]
    public void A_withholding_field_of_an_original_that_cannot_be_read_is_named_not_carried(string frontMatter, string named)
    {
        using var site = new TestSite($"-- content/fi/2025/rikki.md --\n---\n{frontMatter}---\n");

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/rikki.md"));

        Assert.Equal(0, exit);
        Assert.Contains(named, stdout);
    }

    [Fact]
    public void A_translation_already_written_is_left_as_it_is_and_named_as_the_file_to_edit()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}\n-- content/sv/2025/katto.md --\nmitt arbete\n");

        var (exit, _, stderr) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/katto.md"));

        Assert.Equal(2, exit);
        Assert.Contains("sv/2025/katto.md: error DP1060: the translation is already there and is left as it is; edit that file", stderr);
        Assert.Equal("mitt arbete", File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/katto.md")).TrimEnd());
    }

    [Fact]
    public void A_translation_of_a_confidential_decision_is_confidential_too_and_once_filled_in_builds()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "confidential: true")}");

        var (exit, _, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/katto.md"));

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/katto.md"));
        Assert.Matches(@"(?m)^confidential: true +# true: beslutet är sekretessbelagt", text);
        File.WriteAllText(Path.Combine(site.Root, "content/sv/2025/katto.md"), FillIn(text));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("sv/beslut/2025/katto/index.html");
        Assert.Contains("Otsikko", page);
        Assert.DoesNotContain("Hyväksytään.", page);
        Assert.DoesNotContain("Maija Meikäläinen", page);
    }

    [Fact]
    public void A_translation_withholds_what_its_original_withholds()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "draft: true\nwithdrawn: 2025-05-02\npersonal: [attachments, dissent]")}");

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/katto.md"));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Not carried over", stdout);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/sv/2025/katto.md"));
        Assert.Matches(@"(?m)^draft: true +# ", text);
        Assert.Matches(@"(?m)^withdrawn: 2025-05-02 +# ", text);
        Assert.Matches(@"(?m)^personal: \[attachments, dissent\] +# ", text);
        Assert.Matches(@"(?m)^confidential: false +# ", text);
    }

    [Fact]
    public void A_withholding_field_the_original_has_but_that_cannot_be_read_is_named_not_carried()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "confidential: kyllä")}");

        var (exit, stdout, _) = Run("new", "--config", site.ConfigPath, "--lang", "sv", "--translation-of", Path.Combine(site.Root, "content/fi/2025/katto.md"));

        Assert.Equal(0, exit);
        Assert.Contains("where they are empty or not valid: confidential;", stdout);
    }

    // What an editor does: write a value after each empty field, leave the comments as they are.
    private static string FillIn(string text) => Regex.Replace(text, @"(?m)^(\s*)(title|body|name|proposal):(\s+#)", m => m.Groups[2].Value switch
    {
        "title" => $"{m.Groups[1].Value}title: Otsikko{m.Groups[3].Value}",
        "body" => $"{m.Groups[1].Value}body: kaupunginhallitus{m.Groups[3].Value}",
        "name" => $"{m.Groups[1].Value}name: Maija Meikäläinen{m.Groups[3].Value}",
        _ => $"{m.Groups[1].Value}proposal: Hyväksytään.{m.Groups[3].Value}",
    });
}
