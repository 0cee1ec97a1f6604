using System.Text;

namespace DecisionsPortal.Bench.Corpus;

/// <summary>Just enough YAML writing for front matter: double-quoted scalars and literal blocks.</summary>
public static class Yaml
{
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static string Block(string text, string indent = "  ")
    {
        var builder = new StringBuilder("|\n");
        foreach (var line in text.TrimEnd().Split('\n'))
        {
            builder.Append(line.Length == 0 ? "" : indent).Append(line).Append('\n');
        }

        return builder.ToString();
    }
}
