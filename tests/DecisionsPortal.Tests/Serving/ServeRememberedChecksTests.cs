using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

/// <summary>
/// serve does not run again, after an edit, the checks whose result the edit cannot change: what
/// it tells after each edit is still what a build of the files as they are tells, the problem an
/// edit makes at once, the one it fixes gone, and one an unrelated edit leaves still there.
/// </summary>
public sealed class ServeRememberedChecksTests
{
    [Fact]
    public void A_diary_number_edited_into_another_cases_spelling_is_told_until_it_is_fixed_and_an_edit_of_the_text_keeps_it_told()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "dnro: KEM/1/2025")}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", extra: "dnro: KEM/2/2025", text: "Piha on korjattava.")}
            """);
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), Path.Combine(site.Root, "served"));
        Assert.Empty(Codes(site, rebuilder.Rebuild().Result, DiagnosticCodes.DuplicateCase));

        var made = Edit(rebuilder, site, "piha.md", "dnro: KEM/2/2025", "dnro: KEM-1-2025");
        Assert.Equal(["fi/2025/piha.md(8,1)"], Codes(site, made, DiagnosticCodes.DuplicateCase));

        var kept = Edit(rebuilder, site, "piha.md", "Piha on korjattava.", "Piha on korjattava pian.");
        Assert.Equal(["fi/2025/piha.md(8,1)"], Codes(site, kept, DiagnosticCodes.DuplicateCase));

        var fixedOne = Edit(rebuilder, site, "piha.md", "dnro: KEM-1-2025", "dnro: KEM/2/2025");
        Assert.Empty(Codes(site, fixedOne, DiagnosticCodes.DuplicateCase));
        Assert.True(fixedOne.Succeeded, string.Join('\n', fixedOne.Diagnostics));
    }

    // The law pass is remembered by the fields but its redaction of each text: an appeal edited
    // into disagreement with the translation's is told at once, and an edit of a text keeps it told.
    [Fact]
    public void An_appeal_edited_into_disagreement_with_the_translations_is_warned_about_until_it_is_fixed()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "appeal: rectification")}
            -- content/sv/2025/katto.md --
            {Decisions.Swedish(extra: "appeal: rectification")}
            """);
        ToldUntilFixed(site, DiagnosticCodes.AppealDiffers, "sv/2025/katto.md(8,1)",
            made: ("katto.md", "appeal: rectification", "appeal: municipal", "sv"),
            fix: ("katto.md", "appeal: municipal", "appeal: rectification", "sv"));
    }

    [Fact]
    public void A_section_edited_into_another_decisions_is_warned_about_until_it_is_fixed()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "section: 5")}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", extra: "section: 6", text: "Piha on korjattava.")}
            """);
        ToldUntilFixed(site, DiagnosticCodes.SectionTwiceInMeeting, "fi/2025/piha.md(8,1)",
            made: ("piha.md", "section: 6", "section: 5", "fi"),
            fix: ("piha.md", "section: 5", "section: 7", "fi"));
    }

    [Fact]
    public void A_translation_edited_to_another_section_is_warned_about_until_it_is_fixed_and_an_edit_of_the_text_keeps_it_told()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(extra: "section: 5")}
            -- content/sv/2025/katto.md --
            {Decisions.Swedish(extra: "section: 5")}
            """);
        ToldUntilFixed(site, DiagnosticCodes.TranslationFieldDiffers, "sv/2025/katto.md(8,1)",
            made: ("katto.md", "section: 5", "section: 6", "sv"),
            fix: ("katto.md", "section: 6", "section: 5", "sv"));
    }

    [Fact]
    public void A_marked_name_edited_in_unmarked_is_an_error_until_it_is_fixed_and_an_edit_of_another_file_keeps_it_told()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/katto.md --
            {Decisions.Finnish(text: "Hakija [[Anna Aho]]{.personal} pyytää korjausta.")}
            -- content/sv/2025/katto.md --
            {Decisions.Swedish(text: "Sökanden [[Anna Aho]]{.personal} begär reparation.")}
            -- content/fi/2025/piha.md --
            {Decisions.Finnish(title: "Koulun pihan korjaus", text: "Piha on korjattava.")}
            """);
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), Path.Combine(site.Root, "served"));
        var first = rebuilder.Rebuild().Result;
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));

        var made = Edit(rebuilder, site, "katto.md", "pyytää korjausta.", "pyytää korjausta. Anna Aho soitti.");
        Assert.Equal(["fi/2025/katto.md(10,50)"], Codes(site, made, DiagnosticCodes.PersonalMarkMissed));

        var kept = Edit(rebuilder, site, "piha.md", "Piha on korjattava.", "Piha on korjattava pian.");
        Assert.Equal(["fi/2025/katto.md(10,50)"], Codes(site, kept, DiagnosticCodes.PersonalMarkMissed));

        var translated = Edit(rebuilder, site, "katto.md", "begär reparation.", "begär reparation. Anna Aho ringde.", "sv");
        Assert.Equal(["fi/2025/katto.md(10,50)", "sv/2025/katto.md(10,52)"], Codes(site, translated, DiagnosticCodes.PersonalMarkMissed));
        Assert.Equal(["fi/2025/katto.md(10,50)", "sv/2025/katto.md(10,52)"], Codes(site, translated, DiagnosticCodes.PersonalTranslationKept));

        var fixedOne = Edit(rebuilder, site, "katto.md", " Anna Aho soitti.", "");
        Assert.Equal(["sv/2025/katto.md(10,52)"], Codes(site, fixedOne, DiagnosticCodes.PersonalMarkMissed));
        var fixedBoth = Edit(rebuilder, site, "katto.md", " Anna Aho ringde.", "", "sv");
        Assert.True(fixedBoth.Succeeded, string.Join('\n', fixedBoth.Diagnostics));
    }

    // What a remembered check must do through serve's rebuilds: nothing at first, the warning from
    // the edit that makes it, kept through an edit of katto.md's text, gone after the fix.
    private static void ToldUntilFixed(TestSite site, string code, string expected, (string File, string From, string To, string Language) made, (string File, string From, string To, string Language) fix)
    {
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, BuildDate: new DateOnly(2025, 4, 1)), Path.Combine(site.Root, "served"));
        Assert.Empty(Codes(site, rebuilder.Rebuild().Result, code));

        Assert.Equal([expected], Codes(site, Edit(rebuilder, site, made.File, made.From, made.To, made.Language), code));
        Assert.Equal([expected], Codes(site, Edit(rebuilder, site, "katto.md", "korjattava ennen talvea", "korjattava ennen syksyä"), code));
        Assert.Empty(Codes(site, Edit(rebuilder, site, fix.File, fix.From, fix.To, fix.Language), code));
    }

    internal static BuildResult Edit(SiteRebuilder rebuilder, TestSite site, string file, string from, string to, string language = "fi")
    {
        var path = Path.Combine(site.Root, "content", language, "2025", file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));

        // The parse cache knows a file by its time and size: an edit within the same tick of the clock must still count.
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
        return rebuilder.Rebuild(new HashSet<string>(StringComparer.Ordinal) { path }).Result;
    }

    internal static List<string> Codes(TestSite site, BuildResult result, string code) =>
        result.Diagnostics.Where(d => d.Code == code).Select(d => $"{Path.GetRelativePath(Path.Combine(site.Root, "content"), d.Location.Path).Replace('\\', '/')}({d.Location.Line},{d.Location.Column})").ToList();
}
