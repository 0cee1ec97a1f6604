using System.Text.RegularExpressions;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// A producer is a leaf of the Render stage: it reads the site model and returns files. What two
/// producers share (an address, the Atom writer) lives in a type of its own that both use, so
/// a producer can be changed, or left out of the list, without another one changing with it.
/// </summary>
public sealed class ProducerIndependenceTests
{
    [Fact]
    public void No_file_but_the_render_stages_list_names_an_output_producer()
    {
        var producers = typeof(IOutputProducer).Assembly.GetTypes()
            .Where(type => type.IsClass && typeof(IOutputProducer).IsAssignableFrom(type))
            .Select(type => type.Name)
            .ToList();
        Assert.Contains("HtmlPageProducer", producers);

        var generator = Path.Combine(Repository.Root, "generator");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(generator, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)
                || relative == "Rendering/RenderStage.cs")
            {
                continue;
            }

            // Comments may name a producer (to say where a file comes from); code may not.
            var code = Regex.Replace(File.ReadAllText(file), "//[^\n]*", "");
            var own = Path.GetFileNameWithoutExtension(file);
            found.AddRange(producers
                .Where(name => name != own && Regex.IsMatch(code, $@"\b{name}\b"))
                .Select(name => $"{relative} names {name}"));
        }

        Assert.Empty(found);
    }
}
