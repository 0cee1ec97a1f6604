using System.Text;
using DecisionsPortal.Configuration;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Tests.Support;

/// <summary>
/// A whole site written from one text, Hugo-style: each file starts with a line
/// <c>-- path --</c>. The shipped templates are copied in unless the text brings its own, and a
/// site.yml for the fictional town of Esimerkkilä/Exempelby is used unless the text has one.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultConfig = """
        title: { fi: Esimerkkilän päätökset, sv: Exempelby stads beslut }
        base_url: https://paatokset.esimerkkila.example/
        languages: [fi, sv]
        page_size: 5
        bodies:
          kaupunginhallitus: { fi: Kaupunginhallitus, sv: Stadsstyrelsen }
          kaupunginvaltuusto: { fi: Kaupunginvaltuusto, sv: Stadsfullmäktige }
          tekninen-lautakunta: { fi: Tekninen lautakunta, sv: Tekniska nämnden }
        topics:
          international: { fi: Kansainvälisyys, sv: Internationalisering }
          environment: { fi: Ympäristö, sv: Miljö }
          schools: { fi: Koulut, sv: Skolor }
        """;

    public TestSite(string files = "", bool copyTemplates = true, string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "dp-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "content"));
        if (copyTemplates)
        {
            CopyDirectory(Repository.Templates, Path.Combine(Root, "templates"));
        }

        var parsed = Parse(files);
        if (!parsed.ContainsKey("site.yml"))
        {
            // Messages in English, which the tests of every area read (Cli/EditorLanguageTests tests the others).
            parsed["site.yml"] = DefaultConfig + "\neditor_language: en\n";
        }

        foreach (var (path, text) in parsed)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string ConfigPath => Path.Combine(Root, "site.yml");

    public string Output => Path.Combine(Root, "public");

    public void Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public BuildResult Build(string? baseUrl = null, bool drafts = false, string? output = null) =>
        BuildPipeline.Run(new BuildOptions(ConfigPath, output ?? Output, drafts, baseUrl));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public IEnumerable<string> OutputFiles() => Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing Dispose would hide the real test result.
        }
    }

    private static Dictionary<string, string> Parse(string files)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var builder = new StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null)
                {
                    result[current] = builder.ToString();
                }

                current = line[3..^3].Trim();
                builder.Clear();
            }
            else if (current is not null)
            {
                builder.Append(line).Append('\n');
            }
        }

        if (current is not null)
        {
            result[current] = builder.ToString();
        }

        return result;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
