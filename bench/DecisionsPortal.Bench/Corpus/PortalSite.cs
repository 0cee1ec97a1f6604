using System.Text;

namespace DecisionsPortal.Bench.Corpus;

/// <summary>
/// The corpus as a DecisionsPortal site: site.yml (organs and topics of <see cref="Town"/>, the
/// repository's own templates) and content/&lt;lang&gt;/&lt;year&gt;/&lt;slug&gt;.md with the full front matter.
/// </summary>
public sealed class PortalSite(string root, string templatesDirectory, int pageSize) : ICorpusSite
{
    public string Root => root;

    public string ConfigPath => Path.Combine(root, "site.yml");

    public void WriteConfiguration()
    {
        var yaml = new StringBuilder();
        yaml.Append("title: { fi: Benchmarkin päätökset, sv: Benchmarkens beslut }\n");
        yaml.Append("base_url: https://paatokset.example.fi/\n");
        yaml.Append("languages: [fi, sv]\n");
        yaml.Append("content: content\n");
        yaml.Append("templates: ").Append(Yaml.Quoted(Path.GetFullPath(templatesDirectory))).Append('\n');
        yaml.Append("output: public\n");
        yaml.Append("page_size: ").Append(pageSize).Append('\n');
        yaml.Append("bodies:\n");
        foreach (var organ in Town.Organs)
        {
            yaml.Append($"  {organ.Id}: {{ fi: {Yaml.Quoted(organ.Fi)}, sv: {Yaml.Quoted(organ.Sv)} }}\n");
        }

        yaml.Append("topics:\n");
        foreach (var topic in Town.Topics)
        {
            yaml.Append($"  {topic.Id}: {{ fi: {Yaml.Quoted(topic.Fi)}, sv: {Yaml.Quoted(topic.Sv)} }}\n");
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(ConfigPath, yaml.ToString(), Encoding.UTF8);
    }

    public void WriteDecision(SyntheticDecision decision)
    {
        foreach (var (language, text) in decision.Text)
        {
            var path = FilePath(language, decision);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Markdown(decision, language, text), Encoding.UTF8);
        }
    }

    public string FilePath(string language, SyntheticDecision decision) =>
        Path.Combine(root, "content", language, decision.Year, decision.Slug + ".md");

    private static string Markdown(SyntheticDecision d, string language, DecisionText text)
    {
        var builder = new StringBuilder("---\n");
        builder.Append("title: ").Append(Yaml.Quoted(text.Title)).Append('\n');
        builder.Append("date: ").Append(d.Iso).Append('\n');
        builder.Append("body: ").Append(d.Organ.Id).Append('\n');
        builder.Append("section: ").Append(d.Section).Append('\n');
        builder.Append("dnro: ").Append(d.Dnro).Append('\n');
        builder.Append("preparer:\n  name: ").Append(d.Preparer.Name).Append("\n  title: ").Append(d.Preparer.Title(language)).Append('\n');
        builder.Append("presenter:\n  name: ").Append(d.Presenter.Name).Append("\n  title: ").Append(d.Presenter.Title(language)).Append('\n');
        builder.Append("topics: [").Append(string.Join(", ", d.Topics.Select(t => t.Id))).Append("]\n");
        builder.Append("proposal: ").Append(Yaml.Block(text.Proposal));
        if (text.Outcome is not null)
        {
            builder.Append("decision: ").Append(Yaml.Quoted(text.Outcome)).Append('\n');
        }

        builder.Append("---\n").Append(text.Preparation);
        return builder.ToString();
    }
}
