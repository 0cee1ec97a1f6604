using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// A decision's 'key:' pairs it with its translation and is published in the open data as the
/// decision's id: a key that is empty (it would pair every decision with one), blank, padded,
/// or written as a path ('../../x') is an error at its value, with what a key is and one that works.
/// </summary>
public sealed class TranslationKeyTests
{
    private static (int Exit, string Out, string Err) Check(TestSite site, string language = "en") =>
        CommandLineRunner.Run("check", "--config", site.ConfigPath, "--lang", language);

    [Theory]
    [InlineData("\"\"", "the key is empty", "2025/katto")]
    [InlineData("\"   \"", "the key is empty", "2025/katto")]
    [InlineData("\"../../x\"", "the key '../../x' has the part '..', which a path reads as a folder", "x")]
    [InlineData("\"2025/./katto\"", "the key '2025/./katto' has the part '.', which a path reads as a folder", "2025/katto")]
    [InlineData("..", "the key '..' has the part '..', which a path reads as a folder", "2025/katto")]
    [InlineData("\" katto-2025\"", "the key ' katto-2025' begins or ends with a space", "katto-2025")]
    [InlineData("\"katto-2025 \"", "the key 'katto-2025 ' begins or ends with a space", "katto-2025")]
    [InlineData("/2025/katto", "the key '/2025/katto' begins or ends with '/'", "2025/katto")]
    [InlineData("2025/katto/", "the key '2025/katto/' begins or ends with '/'", "2025/katto")]
    [InlineData("KEMI//2018", "the key 'KEMI//2018' has an empty part between two '/'", "KEMI/2018")]
    [InlineData("\"katto\\t2025\"", "the key 'katto\\t2025' has a control character (U+0009)", "katto 2025")]
    [InlineData("\"katto\\n2025\"", "the key 'katto\\n2025' has a control character (U+000A)", "katto 2025")]
    public void A_key_that_cannot_be_one_is_an_error_at_its_value_with_one_that_works(string written, string problem, string example)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "key: " + written)}");

        var (exit, _, stderr) = Check(site);

        Assert.Equal(1, exit);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains(" error ", StringComparison.Ordinal));
        Assert.Equal(
            $"content/fi/2025/katto.md(8,6): error DP0106: {problem}: a key pairs a decision with its translation when their file names differ, "
            + $"written the same in both files; write a name or a case number, its parts between '/', e.g. 'key: {example}'",
            line[line.IndexOf("content/", StringComparison.Ordinal)..]);
    }

    // Pasted from a case system or Word, the same key in one file holds a character nobody sees or a
    // no-break space: the files pair as the keys read, and the open data gives the key as read.
    [Theory]
    [InlineData("\"katon\\u200Bkorjaus\"", "katonkorjaus")]
    [InlineData("\"katon\\u00ADkorjaus\"", "katonkorjaus")]
    [InlineData("\"KEMI/12/\\u20632025\"", "KEMI/12/2025")]
    [InlineData("\"Kemi\\u00A0stad/12/2025\"", "Kemi stad/12/2025")]
    public void A_key_pasted_with_a_character_nobody_sees_pairs_with_the_key_as_it_reads(string written, string plain)
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "key: " + written)}
            -- content/sv/2025/tak.md --
            {Decisions.Swedish(extra: $"key: \"{plain}\"")}
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("/sv/beslut/2025/tak/", site.Read("fi/paatokset/2025/katto/index.html"), StringComparison.Ordinal);
        Assert.Contains($"\"{plain}\"", site.Read("fi/paatokset/2025/katto/index.json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "avain")]
    [InlineData("sv", "nyckel")]
    public void The_message_is_in_the_editors_language(string language, string word)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "key: \"\"")}");

        var (exit, _, stderr) = Check(site, language);

        Assert.Equal(1, exit);
        Assert.Contains("(8,6): error DP0106: ", stderr, StringComparison.Ordinal);
        Assert.Contains(word, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("[en]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_key_leaves_the_previous_site_as_it_was()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish()}");
        Assert.True(site.Build().Succeeded);
        var before = site.OutputFiles().ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
        site.Write("content/fi/2025/katto.md", Decisions.Finnish(extra: "key: \"\""));

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(1, exit);
        Assert.Contains("error DP0106", stderr, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), site.OutputFiles().Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(site.Output, f.Key))));
    }

    [Theory]
    [InlineData("KEMI/3480/08.03.03/2018")]
    [InlineData("roof-2025")]
    [InlineData("2025/katon korjaus")]
    [InlineData("...")]
    public void A_name_or_a_case_number_pairs_files_whose_names_differ(string key)
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: $"key: \"{key}\"")}\n-- content/sv/2025/taket.md --\n{Decisions.Swedish(extra: $"key: \"{key}\"")}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidTranslationKey);
        Assert.Equal("sv/beslut/2025/taket/", result.Site!.Decisions.Single(d => d.Language == "fi").Translations["sv"]);
    }

    [Fact]
    public void A_key_written_in_two_files_of_a_language_is_an_error_at_each_files_key_line()
    {
        using var site = new TestSite($"-- content/fi/2025/katto.md --\n{Decisions.Finnish(extra: "key: KEMI/1/2025")}\n-- content/fi/2025/silta.md --\n{Decisions.Finnish(title: "Silta", extra: "key: KEMI/1/2025")}");

        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateTranslationKey).Select(d => d.Location.Line).ToList();

        Assert.Equal([8, 8], errors);
    }
}
