using System.Reflection;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>
/// Numbered cases under Golden/Diagnostics/: a whole site as input.txt, and the messages an
/// editor sees for it, in order, with the exit code on the last line: in English (expected.txt),
/// Finnish (expected.fi.txt) and Swedish (expected.sv.txt). Every code the generator has is shown
/// by a case, or reached by a command a site's files cannot show and named here with its test.
/// </summary>
public sealed class GoldenDiagnosticsTests
{
    // The day decides which personal data has expired; a fixed one keeps the cases' messages fixed.
    private static readonly DateOnly BuildDate = new(2026, 1, 15);

    // Codes no input.txt can reach: other commands, the file system, the generator's own failure.
    // Each is named with the test class that reaches it, which must mention the code, or "none:" and why.
    private static readonly Dictionary<string, string> ReachedElsewhere = new(StringComparer.Ordinal)
    {
        ["DP0001"] = "Content/ValidationTests", // bytes that are not UTF-8: input.txt is text
        ["DP0177"] = "Content/PersonalMarkTests", // links beside personal-data marks, in decisions and meetings
        ["DP0182"] = "Site/AttachmentPropertiesTests", // a photo's GPS position: input.txt holds no image
        ["DP0196"] = "Site/AttachmentFormatsTests", // a text attachment over 64 MB: too large for input.txt
        ["DP0197"] = "Site/AttachmentFormatsTests", // an attachment over 2 GB: too large for input.txt
        ["DP0006"] = "Content/HostileInputTests", // a regular file whose read fails (/proc/self/mem)
        ["DP0065"] = "Import/ImportCommandTests",
        ["DP0066"] = "Import/ImportCommandTests", // a folder, and a regular file whose read fails
        ["DP0067"] = "Import/ImportCommandTests",
        ["DP0068"] = "Import/ImportCommandTests",
        ["DP0179"] = "Import/ImportCommandTests",
        ["DP1152"] = "Rendering/ThemeLinkTests", // a symbolic link in the templates folder
        ["DP1153"] = "Rendering/ThemeLinkTests", // a linked folder in the templates folder that loops
        ["DP0144"] = "Content/HostileInputTests", // a file of over 8 MB
        ["DP0145"] = "Content/HostileInputTests", // a device or a folder where a file should be
        ["DP0152"] = "Content/DecisionFileLinkTests", // a symbolic link to a folder
        ["DP0171"] = "Content/HostileInputTests", // a symbolic link
        ["DP0230"] = "Cli/ScheduledRebuildCheckTests",
        ["DP0244"] = "Import/ImportCommandTests",
        ["DP0254"] = "Site/WithheldFileNamesTests", // the same, where a lasting attachment has the name too
        ["DP1001"] = "Cli/CommandLineTests",
        ["DP1030"] = "Output/OutputFailureTests",
        ["DP1301"] = "Output/OutputFailureTests", // a second build, whose move of one file fails
        ["DP1050"] = "Configuration/BuildDateTests",
        ["DP1154"] = "Configuration/BuildDateTests", // needs the environment variable and the clock
        ["DP1053"] = "Site/CouncilRecordTests", // needs a theme without an appeal text
        ["DP1060"] = "Authoring/NewDecisionTests",
        ["DP1061"] = "Content/HostileInputTests",
        ["DP1062"] = "Serving/ServeTests",
        ["DP1144"] = "Content/HostileInputTests",
        ["DP1145"] = "Content/HostileInputTests",
        ["DP1155"] = "Content/HostileInputTests", // bytes that are not UTF-8: input.txt is text
        ["DP1230"] = "Authoring/InitTests",
        ["DP9001"] = "Pipeline/RobustnessTests",
    };

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(Path.Combine(Golden.Folder, "Diagnostics")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_messages_for_a_broken_site_match_the_golden_files_in_each_language(string name)
    {
        using var site = new TestSite(File.ReadAllText(Path.Combine(Golden.Folder, "Diagnostics", name, "input.txt")));

        var result = site.BuildOn(BuildDate);

        foreach (var language in MessageCatalogue.Languages)
        {
            var catalogue = MessageCatalogue.For(language);
            var lines = result.Diagnostics.Select(d => DiagnosticFormatter.Format(d, catalogue)).Select(l => l.Replace(site.Root + "/", "")).ToList();
            Assert.DoesNotContain(lines, l => l.Contains(" [en]", StringComparison.Ordinal));
            var file = language == "en" ? "expected.txt" : $"expected.{language}.txt";
            Golden.Match($"Diagnostics/{name}/{file}", string.Join('\n', lines.Append($"exit code {result.ExitCode}")) + "\n");
        }
    }

    [Fact]
    public void Every_code_is_shown_by_a_golden_case_or_reached_by_a_named_test()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (Name: f.Name, Code: (string)f.GetRawConstantValue()!)).ToList();
        var shown = Directory.EnumerateFiles(Path.Combine(Golden.Folder, "Diagnostics"), "expected.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).ToList();

        var missing = codes.Where(c => !ReachedElsewhere.ContainsKey(c.Code) && !shown.Any(l => l.Contains($" {c.Code}: ", StringComparison.Ordinal)))
            .Select(c => $"{c.Code} {c.Name}").ToList();
        Assert.True(missing.Count == 0, "no golden case shows: " + string.Join(", ", missing));

        foreach (var (code, test) in ReachedElsewhere.Where(r => !r.Value.StartsWith("none:", StringComparison.Ordinal)))
        {
            var name = codes.Single(c => c.Code == code).Name;
            var text = File.ReadAllText(Path.Combine(Repository.TestsFolder, test + ".cs"));
            Assert.True(text.Contains(code, StringComparison.Ordinal) || text.Contains("DiagnosticCodes." + name, StringComparison.Ordinal), $"{test} does not reach {code} {name}");
        }

        // A code shown by a case is not listed as out of reach.
        Assert.DoesNotContain(ReachedElsewhere.Keys, code => shown.Any(l => l.Contains($" {code}: ", StringComparison.Ordinal)));
    }
}
