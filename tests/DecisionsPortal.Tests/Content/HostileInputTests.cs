using System.Diagnostics;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Content;

/// <summary>
/// Input pasted by accident or made to break the generator ends as an error (or, for invisible
/// characters, a warning) with the file and line, never as an internal error or a crash.
/// </summary>
public sealed class HostileInputTests
{
    private const string Decision = "content/fi/2025/katto.md";

    [Fact]
    public void A_hundred_thousand_nested_brackets_in_a_field_are_an_error_at_its_line()
    {
        var result = BuildWith(Decisions.Finnish(extra: "topics: " + new string('[', 100_000)));

        var error = Single(result, DiagnosticCodes.YamlTooDeep);
        Assert.Equal(8, error.Location.Line);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("> ")]
    [InlineData("- ")]
    public void A_hundred_thousand_nested_markdown_marks_are_an_error_at_their_line(string mark)
    {
        var result = BuildWith(Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + string.Concat(Enumerable.Repeat(mark, 100_000)) + "x"));

        var error = Single(result, DiagnosticCodes.MarkdownTooDeep);
        Assert.Equal(12, error.Location.Line);
    }

    [Fact]
    public void Seventy_levels_of_emphasis_are_too_deep_at_their_line()
    {
        var opening = string.Concat(Enumerable.Range(0, 70).Select(i => (i % 2 == 0 ? "*" : "_") + "a "));
        var closing = string.Join(' ', Enumerable.Range(0, 70).Reverse().Select(i => "b" + (i % 2 == 0 ? "*" : "_")));

        var result = BuildWith(Decisions.Finnish(text: $"Ensimmäinen kappale.\n\nToinen\n{opening}x {closing}"));

        var error = Single(result, DiagnosticCodes.MarkdownTooDeep);
        Assert.Equal(13, error.Location.Line);
    }

    [Theory]
    [InlineData("[ ", "[ [ [ x")]
    [InlineData("*b ", "*b *b *b x")]
    [InlineData("[_b ", "[_b [_b [_b x")]
    public void Hundreds_of_brackets_or_stars_that_nothing_closes_are_text_not_nesting(string mark, string shown)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + string.Concat(Enumerable.Repeat(mark, 500)) + "x")}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(shown, System.Net.WebUtility.HtmlDecode(site.Read("fi/paatokset/2025/katto/index.html")).Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("*a")]
    [InlineData("a**")]
    [InlineData("~~a")]
    public void A_hundred_thousand_marks_in_a_paragraph_are_an_error_at_its_line_not_a_crash(string mark)
    {
        var result = BuildWith(Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + string.Concat(Enumerable.Repeat(mark, 100_000)) + "x"));

        var error = Single(result, DiagnosticCodes.MarkdownTooManyMarks);
        Assert.Equal(12, error.Location.Line);
    }

    [Theory]
    [InlineData("[a](")]
    [InlineData("![a](")]
    [InlineData("[](")]
    [InlineData("[a](x (")]
    public void A_link_pasted_fifty_thousand_times_is_an_error_at_its_line_within_seconds(string link)
    {
        var watch = Stopwatch.StartNew();

        var result = BuildWith(Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + string.Concat(Enumerable.Repeat(link, 50_000))));

        var error = Single(result, DiagnosticCodes.MarkdownLinkTooLong);
        Assert.Equal(12, error.Location.Line);
        // It took 52 s (growing with the square of the count); the rest of a build takes a few.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void Forty_thousand_link_definitions_in_a_row_are_an_error_at_the_line_that_passes_the_limit()
    {
        var watch = Stopwatch.StartNew();

        var result = BuildWith(Decisions.Finnish(text: "Ensimmäinen kappale.\n\n" + string.Concat(Enumerable.Repeat("[a]: https://example.fi/\n", 40_000))));

        var error = Single(result, DiagnosticCodes.MarkdownDefinitionRun);
        Assert.Equal(12 + DecisionsPortal.Content.MarkdownDefinitions.MaxRun, error.Location.Line);
        // The parse took 9 s (growing with the square of the count); the rest of a build takes a few.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void Links_with_parentheses_in_their_address_and_title_pass()
    {
        var text = string.Concat(Enumerable.Repeat("[a](https://fi.wikipedia.org/wiki/Kemi_(kaupunki) \"otsikko\") ja [b](https://example.fi/liite.pdf (sivu 3)) (katso (myös) tätä) ", 500));
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(text: text)}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("href=\"https://fi.wikipedia.org/wiki/Kemi_(kaupunki)\"", site.Read("fi/paatokset/2025/katto/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_markdown_in_the_proposal_is_an_error_at_the_field()
    {
        var result = BuildWith(Decisions.Finnish().Replace("proposal: Kaupunginhallitus päättää korjata katon.", "proposal: " + new string('*', 5000) + "a" + new string('*', 5000), StringComparison.Ordinal));

        var error = Single(result, DiagnosticCodes.MarkdownTooDeep);
        Assert.Equal(7, error.Location.Line);
    }

    [Fact]
    public void Ordinary_nesting_passes()
    {
        var text = "> lainaus\n> > sisempi [linkki](https://example.fi) ja **lihava *kursiivi***\n\n- a\n  - b\n    - c\n      1. d\n\n" + string.Concat(Enumerable.Repeat("*a* [b](#c) ", 200));
        Assert.True(BuildWith(Decisions.Finnish(text: text)).Succeeded);
    }

    [Fact]
    public void A_form_feed_in_a_title_is_published_as_a_space_with_a_warning_at_its_place()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(title: "Koulun\fkaton korjaus", text: "Teksti \u001B[2J ja \u0085 loppu.")}");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Single(result, DiagnosticCodes.ControlCharacter);
        Assert.Equal((Severity.Warning, 2, 14), (warning.Severity, warning.Location.Line, warning.Location.Column));
        Assert.Contains("U+000C", warning.Message);
        Assert.Contains("and 2 more", warning.Message);
        Assert.Contains("Koulun katon korjaus", site.Read("fi/paatokset/2025/katto/index.html"));
        // The search shards are binary; every text file is checked.
        foreach (var file in site.OutputFiles().Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".json" or ".csv" or ".txt" or ".ics" or ".js"))
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, file));
            Assert.DoesNotContain((byte)0x0C, bytes);
            Assert.DoesNotContain((byte)0x1B, bytes);
        }
    }

    [Fact]
    public void A_control_character_written_as_a_yaml_escape_is_published_as_a_space_with_a_warning()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(title: "\"Koulun\\fkaton korjaus\\e\"")}");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Single(result, DiagnosticCodes.ControlCharacter);
        Assert.Equal((2, 8), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("Koulun katon korjaus", site.Read("fi/paatokset/2025/katto/index.html"));
        Assert.Contains("Koulun katon korjaus", site.Read("fi/paatokset/atom.xml"));
    }

    [Theory]
    [InlineData("Koulun \u202Ekaton korjaus", "Teksti \u2066ja\u2069 loppu.")]
    [InlineData("\"Koulun \\u202Ekaton korjaus\"", "Teksti ja loppu.")]
    public void A_direction_override_is_published_as_a_space_with_a_warning_so_it_cannot_reverse_what_follows(string title, string text)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(title: title, text: text)}");

        var result = site.Build();

        Assert.True(result.Succeeded);
        var warning = Single(result, DiagnosticCodes.ControlCharacter);
        Assert.Equal(2, warning.Location.Line);
        Assert.Contains("U+202E", warning.Message);
        Assert.Contains("Koulun \u2002katon korjaus", site.Read("fi/paatokset/2025/katto/index.html"));
        foreach (var file in site.OutputFiles().Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".json" or ".csv" or ".txt" or ".ics" or ".js"))
        {
            var content = File.ReadAllText(Path.Combine(site.Output, file));
            Assert.DoesNotContain(content, c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
        }
    }

    [Theory]
    [InlineData("Koulun \uFFFEkaton korjaus")]
    [InlineData("\"Koulun \\uFFFEkaton korjaus\"")]
    public void A_noncharacter_that_xml_forbids_is_published_as_a_space_with_a_warning_not_an_internal_error(string title)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish(title: title, text: "Teksti \uFFFF loppu.")}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ControlCharacter && d.Location.Line == 2);
        Assert.Contains("U+FFFE", warning.Message);
        Assert.Contains("Koulun \u2002katon korjaus", System.Xml.Linq.XDocument.Parse(site.Read("fi/paatokset/atom.xml")).ToString());
    }

    [Theory]
    [InlineData("2026-02-31", "month 2 of 2026 has 28 days")]
    [InlineData("31.2.2026", "month 2 of 2026 has 28 days")]
    [InlineData("2028-02-30", "month 2 of 2028 has 29 days")]
    [InlineData("31.4.2025.", "month 4 of 2025 has 30 days")]
    public void A_day_the_month_does_not_have_is_called_that_not_a_wrong_format(string date, string said)
    {
        var error = Single(BuildWith(Decisions.Finnish(date: date)), DiagnosticCodes.InvalidDate);

        Assert.Equal((3, 7), (error.Location.Line, error.Location.Column));
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minutes_made_public_in_the_year_9999_are_an_error_at_the_line_not_an_overflow()
    {
        using var site = new TestSite($"""
            -- {Decision} --
            {Decisions.Finnish(extra: "meeting: 3/2025\npersonal: true")}
            -- content/fi/meetings/kaupunginhallitus/2025-03-14.md --
            ---
            number: 3/2025
            minutes_public: 9999-12-31
            ---
            """);

        var result = site.Build();

        var error = Single(result, DiagnosticCodes.DateOutOfRange);
        Assert.Equal(("content/fi/meetings/kaupunginhallitus/2025-03-14.md", 3), (Relative(site, error.Location.Path), error.Location.Line));
        Assert.Contains("9999-12-31", error.Message);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_meeting_file_named_after_the_last_day_of_9999_is_an_error()
    {
        using var site = new TestSite("-- content/fi/meetings/kaupunginhallitus/9999-12-31.md --\n---\nplace: Sali\n---\n");

        Single(site.Build(), DiagnosticCodes.DateOutOfRange);
    }

    [Fact]
    public void A_decision_file_linked_to_dev_zero_is_refused_without_reading_it()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/fi/2025"));
        File.CreateSymbolicLink(Path.Combine(site.Root, Decision), "/dev/zero");

        var watch = Stopwatch.StartNew();
        // A link out of the content folder is refused as such (DP0171) before any file is opened;
        // a device or pipe inside the folder is DP0145 (the pipe test below).
        var error = Single(site.Build(), DiagnosticCodes.DecisionOutsideContent);

        Assert.Equal((Decision, 1), (Relative(site, error.Location.Path), error.Location.Line));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_decision_file_the_disk_cannot_read_is_one_error_with_the_reason()
    {
        // /proc/self/mem is a regular file whose read at offset 0 fails (EIO), as a failing disk's would.
        var diagnostics = new DiagnosticBag();

        var (_, frontMatter) = DecisionsPortal.Content.ContentFileReader.ReadFrontMatter("/proc/self/mem", diagnostics);

        Assert.Null(frontMatter);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.UnreadableFile, "/proc/self/mem"), (error.Code, error.Location.Path));
        Assert.StartsWith("cannot read the file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipe_named_like_a_decision_is_refused_without_waiting_for_a_writer()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/fi/2025"));
        MakeFifo(Path.Combine(site.Root, Decision));

        var result = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromSeconds(60));

        Single(result, DiagnosticCodes.NotARegularFile);
    }

    // A theme's template edited in an editor that saves Latin-1: its words were published as
    // replacement characters on every page, and the build said nothing.
    [Fact]
    public void A_template_not_saved_as_utf8_is_refused_where_it_goes_wrong()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var template = Path.Combine(site.Root, "templates", "decision.html");
        var lines = File.ReadAllLines(template).Length;
        File.AppendAllText(template, "\n<p>P", System.Text.Encoding.UTF8);
        File.AppendAllText(template, "\u00e4\u00e4t\u00f6s</p>\n", System.Text.Encoding.Latin1);

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigNotUtf8, lines + 2, 5), (error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith(Path.Combine("templates", "decision.html"), error.Location.Path);
    }

    // A theme's stylesheet or script saved as Latin-1: browsers read it as UTF-8 (the pages'
    // encoding), so its 'ä' in a CSS `content:` or a script's message was shown as a replacement
    // character, and the build said nothing.
    [Theory]
    [InlineData("templates/assets/site.css", ".notice::before { content: \"P\u00e4\u00e4t\u00f6s\"; }\n")]
    [InlineData("templates/assets/extra.js", "const heading = \"P\u00e4\u00e4t\u00f6s\";\n")]
    public void A_stylesheet_or_script_not_saved_as_utf8_is_refused_where_it_goes_wrong(string path, string text)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var asset = Path.Combine(site.Root, path);
        var lines = File.Exists(asset) ? File.ReadAllLines(asset).Length : 0;
        File.AppendAllText(asset, "\n" + text, System.Text.Encoding.Latin1);

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigNotUtf8, lines + 2, text.IndexOf('\u00e4', StringComparison.Ordinal) + 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.EndsWith(path.Replace('/', Path.DirectorySeparatorChar), error.Location.Path);
    }

    // A stylesheet that names its encoding is read by browsers in it, as CSS says.
    [Fact]
    public void A_stylesheet_that_names_latin1_as_its_charset_is_published_as_written()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var bytes = System.Text.Encoding.Latin1.GetBytes("@charset \"ISO-8859-1\";\n.notice::before { content: \"P\u00e4\u00e4t\u00f6s\"; }\n");
        File.WriteAllBytes(Path.Combine(site.Root, "templates", "assets", "legacy.css"), bytes);

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var published = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "legacy.*.css"));
        Assert.Equal(bytes, File.ReadAllBytes(published));
    }

    // An SVG drawing (a coat of arms exported by an old drawing program) that declares its
    // encoding is read in it by browsers, as XML says.
    [Fact]
    public void A_drawing_that_declares_latin1_as_its_encoding_is_published_as_written()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var bytes = System.Text.Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><title>H\u00e4meenlinnan vaakuna</title></svg>\n");
        File.WriteAllBytes(Path.Combine(site.Root, "templates", "assets", "vaakuna.svg"), bytes);

        var result = site.Build();

        Assert.Equal(0, result.ExitCode);
        var published = Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "vaakuna.*.svg"));
        Assert.Equal(bytes, File.ReadAllBytes(published));
    }

    // One that says it is UTF-8 is read as UTF-8, whatever its bytes.
    [Fact]
    public void A_stylesheet_that_names_utf8_as_its_charset_but_is_saved_as_latin1_is_refused()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        File.WriteAllBytes(Path.Combine(site.Root, "templates", "assets", "legacy.css"), System.Text.Encoding.Latin1.GetBytes("@charset \"UTF-8\";\n.notice::before { content: \"P\u00e4\u00e4t\u00f6s\"; }\n"));

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigNotUtf8, 2, 30), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public async Task A_pipe_named_like_an_appeal_text_is_refused_without_waiting_for_a_writer()
    {
        using var site = new TestSite();
        var appeal = Path.Combine(site.Root, "templates", "appeal", "municipal.fi.md");
        File.Delete(appeal);
        MakeFifo(appeal);

        var result = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.ConfigNotARegularFile, error.Code);
        Assert.EndsWith(Path.Combine("templates", "appeal", "municipal.fi.md"), error.Location.Path);
    }

    [Theory]
    [InlineData("templates/decision.html")]
    [InlineData("templates/assets/site.css")]
    [InlineData("templates/assets/extra.js")]
    [InlineData("templates/i18n/de.yml")]
    public async Task A_pipe_in_the_theme_folder_is_refused_without_waiting_for_a_writer(string path)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var pipe = Path.Combine(site.Root, path);
        File.Delete(pipe);
        MakeFifo(pipe);

        var result = await Task.Run(() => site.Build()).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigNotARegularFile, path, 1), (error.Code, Relative(site, error.Location.Path), error.Location.Line));
    }

    [Fact]
    public void A_template_larger_than_the_limit_is_refused_by_its_size()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        using (var file = File.OpenWrite(Path.Combine(site.Root, "templates/partials/huge.html")))
        {
            file.SetLength(TextFiles.MaxBytes + 1);
        }

        var result = site.Build();

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigFileTooLarge, "templates/partials/huge.html"), (error.Code, Relative(site, error.Location.Path)));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_by_its_size()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/fi/2025"));
        using (var file = File.Create(Path.Combine(site.Root, Decision)))
        {
            file.SetLength(TextFiles.MaxBytes + 1);
        }

        var error = Single(site.Build(), DiagnosticCodes.FileTooLarge);
        Assert.Contains("8 MB", error.Message);
    }

    // Notepad's 'ANSI' (Latin-1) and 'Unicode' (UTF-16): read as UTF-8, the site's title and the
    // members' names were published as replacement characters, and the build said nothing.
    [Theory]
    [InlineData("latin1", "error DP1155: the file is not UTF-8;")]
    [InlineData("utf-16", "error DP1155: the file is saved as UTF-16")]
    public void A_configuration_not_saved_as_utf8_is_refused_where_it_goes_wrong(string encoding, string expected)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var lines = File.ReadAllLines(site.ConfigPath);
        var line = Array.FindIndex(lines, l => l.Any(c => c > 127));
        var at = encoding == "latin1" ? $"({line + 1},{lines[line].IndexOf(lines[line].First(c => c > 127), StringComparison.Ordinal) + 1})" : "(1,1)";
        File.WriteAllBytes(site.ConfigPath, System.Text.Encoding.GetEncoding(encoding).GetBytes(string.Join('\n', lines)));
        var output = Path.Combine(site.Root, "public");

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--output", output, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains($"site.yml{at}: {expected}", stderr);
        Assert.False(Directory.Exists(output));
    }

    // Read on as UTF-16, the file still tells the editor's language of its messages.
    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_configuration_saved_as_utf16_is_told_in_the_editors_language(string encoding)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var yaml = "editor_language: sv\n" + string.Join('\n', File.ReadAllLines(site.ConfigPath).Where(l => !l.StartsWith("editor_language:", StringComparison.Ordinal)));
        File.WriteAllBytes(site.ConfigPath, System.Text.Encoding.GetEncoding(encoding).GetPreamble().Concat(System.Text.Encoding.GetEncoding(encoding).GetBytes(yaml)).ToArray());

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("site.yml(1,1): error DP1155: filen är sparad som UTF-16", stderr);
    }

    [Fact]
    public void A_configuration_larger_than_the_limit_is_refused_by_its_size()
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        using (var file = File.OpenWrite(site.ConfigPath))
        {
            file.SetLength(TextFiles.MaxBytes + 1);
        }

        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", site.ConfigPath, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("site.yml(1,1): error DP1144:", stderr);
        Assert.Contains("8 MB", stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_configuration_that_is_dev_zero_is_a_configuration_error()
    {
        var (exit, _, stderr) = CommandLineRunner.Run("build", "--config", "/dev/zero");

        Assert.Equal(2, exit);
        Assert.Contains("/dev/zero(1,1): error DP1145:", stderr);
    }

    [Theory]
    [InlineData("build", "--output", "")]
    [InlineData("build", "--config", "")]
    public void An_empty_path_on_the_command_line_is_a_usage_error(params string[] args)
    {
        using var site = new TestSite($"-- {Decision} --\n{Decisions.Finnish()}");
        var full = args[1] == "--config" ? args : [.. args, "--config", site.ConfigPath];

        var (exit, _, stderr) = CommandLineRunner.Run(full);

        Assert.Equal(2, exit);
        Assert.Contains("error DP1061:", stderr);
        Assert.DoesNotContain("DP9001", stderr);
    }

    [Fact]
    public void Check_refuses_the_same_files_as_build()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: "topics: " + new string('[', 100_000))}");
        File.CreateSymbolicLink(Path.Combine(site.Root, Decision), "/dev/zero");

        var (exit, _, stderr) = CommandLineRunner.Run("check", "--config", site.ConfigPath);

        Assert.Equal(1, exit);
        Assert.Contains("katto.md(1,1): error DP0171:", stderr);
        Assert.Contains("a.md(8,", stderr);
        Assert.Contains("error DP0141:", stderr);
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static BuildResult BuildWith(string finnish)
    {
        using var site = new TestSite($"-- {Decision} --\n{finnish}");
        return site.Build();
    }

    private static Diagnostic Single(BuildResult result, string code)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    private static string Relative(TestSite site, string path) => Path.GetRelativePath(site.Root, Path.GetFullPath(path)).Replace('\\', '/');
}
