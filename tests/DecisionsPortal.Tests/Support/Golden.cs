using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// Golden files: readable expected outputs kept in tests/DecisionsPortal.Tests/Golden/. A
/// mismatch fails with a line diff and leaves the actual output beside the golden file as
/// *.received.*; to accept every change, run the tests with UPDATE_GOLDEN=1 and review git diff.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(Repository.TestsFolder, "Golden");

    public static void Match(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        var path = Path.Combine(Folder, name);
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".received" + Path.GetExtension(path));
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"Golden file {name} does not exist yet; the output is in {received}. Accept it with: UPDATE_GOLDEN=1 dotnet test"
            : $"Output differs from golden file {name} (- golden, + actual); the output is in {received}. If the change is intended, accept it with: UPDATE_GOLDEN=1 dotnet test\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>The changed lines, each with its line number and two lines of context around it (DiffPlex).</summary>
    public static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var output = new StringBuilder();
        var skipped = false;
        int golden = 0, received = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            // A removed line is numbered in the golden file, an added one in the output.
            var number = lines[k].Type switch
            {
                ChangeType.Deleted => ++golden,
                ChangeType.Inserted => ++received,
                _ => (++received, ++golden).Item2,
            };

            var nearChange = false;
            for (var n = Math.Max(0, k - 2); n <= Math.Min(lines.Count - 1, k + 2); n++)
            {
                nearChange |= lines[n].Type != ChangeType.Unchanged;
            }

            if (!nearChange)
            {
                skipped = true;
                continue;
            }

            if (skipped && output.Length > 0)
            {
                output.AppendLine("...");
            }

            skipped = false;
            var kind = lines[k].Type switch { ChangeType.Deleted => '-', ChangeType.Inserted => '+', _ => ' ' };
            output.Append(kind).Append(' ').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)).Append(" | ").AppendLine(lines[k].Text);
        }

        return output.ToString();
    }
}
