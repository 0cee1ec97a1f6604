using System.Text;
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

    /// <summary>A unified-style diff of lines with two lines of context, from a longest-common-subsequence table.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Kind, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', x + 1, a[x]));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', x + 1, a[x]));
                x++;
            }
            else
            {
                lines.Add(('+', y + 1, b[y]));
                y++;
            }
        }

        var output = new StringBuilder();
        for (var k = 0; k < lines.Count; k++)
        {
            var nearChange = Enumerable.Range(Math.Max(0, k - 2), Math.Min(lines.Count, k + 3) - Math.Max(0, k - 2)).Any(n => lines[n].Kind != ' ');
            if (nearChange)
            {
                output.Append(lines[k].Kind).Append(' ').Append(lines[k].Line.ToString().PadLeft(4)).Append(" | ").AppendLine(lines[k].Text);
            }
            else if (k > 0 && output.Length > 0 && !output.ToString().EndsWith("...\n", StringComparison.Ordinal))
            {
                output.AppendLine("...");
            }
        }

        return output.ToString();
    }
}
