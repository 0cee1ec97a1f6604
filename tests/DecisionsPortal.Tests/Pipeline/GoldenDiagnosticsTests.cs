using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Pipeline;

/// <summary>
/// Numbered cases under Golden/Diagnostics/: a whole site as input.txt, and the messages an
/// editor sees for it, in order, as expected.txt (with the exit code on the last line).
/// </summary>
public sealed class GoldenDiagnosticsTests
{
    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(Path.Combine(Golden.Folder, "Diagnostics")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_messages_for_a_broken_site_match_the_golden_file(string name)
    {
        using var site = new TestSite(File.ReadAllText(Path.Combine(Golden.Folder, "Diagnostics", name, "input.txt")));

        var result = site.Build();

        var lines = result.Diagnostics.Select(DiagnosticFormatter.Format).Select(l => l.Replace(site.Root + "/", "")).Append($"exit code {result.ExitCode}");
        Golden.Match($"Diagnostics/{name}/expected.txt", string.Join('\n', lines) + "\n");
    }
}
