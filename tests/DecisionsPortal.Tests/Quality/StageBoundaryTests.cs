using System.Reflection;
using System.Text.RegularExpressions;
using DecisionsPortal.Rendering.Producers;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// The boundaries the README's Development section draws, read from the generator's sources.
/// A producer is a leaf of the Render stage: it reads the site model and returns files; what two
/// producers share (an address, the Atom writer) lives in a type of its own that both use, so a
/// producer can be changed, or left out of the list, without another one changing with it.
/// <c>Shared/</c> holds helpers any stage may use, so it may use no stage; the stages up to the
/// site model use none of the stages after it.
/// </summary>
public sealed class StageBoundaryTests
{
    private static readonly string Generator = Path.Combine(Repository.Root, "generator");

    [Fact]
    public void No_file_but_the_render_stages_list_names_an_output_producer()
    {
        var producers = typeof(IOutputProducer).Assembly.GetTypes()
            .Where(type => type.IsClass && typeof(IOutputProducer).IsAssignableFrom(type))
            .Select(type => type.Name)
            .ToList();
        Assert.Contains("HtmlPageProducer", producers);

        var found = Sources()
            .Where(source => source.Path != "Rendering/RenderStage.cs")
            .SelectMany(source => producers
                .Where(name => name != System.IO.Path.GetFileNameWithoutExtension(source.Path) && Regex.IsMatch(source.Code, $@"\b{name}\b"))
                .Select(name => $"{source.Path} names {name}"))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void A_producer_is_handed_what_it_reads_not_the_render_stages_whole_set_of_inputs()
    {
        // Its constructor is then the list of what it depends on (Statiq's declared dependencies,
        // not a bag of services): a page producer cannot read serve's records or the whole cache.
        Type[] bags = [typeof(ProducerInputs), typeof(DecisionsPortal.Rendering.RenderCache)];
        var producers = typeof(IOutputProducer).Assembly.GetTypes()
            .Where(type => type.IsClass && typeof(IOutputProducer).IsAssignableFrom(type))
            .ToList();
        Assert.Contains(producers, type => type.GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(DecisionsPortal.Site.SiteModel)));

        var found = producers
            .SelectMany(type => type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Select(f => f.FieldType))
                .Where(bags.Contains)
                .Select(bag => $"{type.Name} takes {bag.Name}"))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void Shared_helpers_use_no_folder_of_the_generator()
    {
        var folders = typeof(IOutputProducer).Assembly.GetTypes()
            .Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith("DecisionsPortal.", StringComparison.Ordinal))
            .Select(name => name!.Split('.')[1])
            .ToHashSet();
        Assert.Contains("Diagnostics", folders);

        var shared = Sources().Where(source => source.Path.StartsWith("Shared/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shared);
        var found = shared
            .SelectMany(source => folders
                .Where(folder => Regex.IsMatch(source.Code, $@"(?<![\w.])(DecisionsPortal\.)?{folder}\.[A-Z]"))
                .Select(folder => $"{source.Path} uses {folder}"))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void The_model_is_made_without_the_stages_after_it()
    {
        // What may be published is decided before search, rendering or output see anything, so no
        // stage up to the model may reach forward: a check of the model that read attachments
        // through Search made the two stages depend on each other.
        string[] upToModel = ["Configuration/", "Content/", "Site/", "Law/", "Yaml/", "Markup/"];
        string[] after = ["Search", "Rendering", "Output", "Incremental", "Serving", "Pipeline", "Cli"];
        var sources = Sources().Where(source => upToModel.Any(folder => source.Path.StartsWith(folder, StringComparison.Ordinal))).ToList();
        Assert.Contains(sources, source => source.Path.StartsWith("Site/", StringComparison.Ordinal));
        var found = sources
            .SelectMany(source => after
                .Where(stage => Regex.IsMatch(source.Code, $@"(?<![\w.])(DecisionsPortal\.)?{stage}\.[A-Z]|using DecisionsPortal\.{stage};"))
                .Select(stage => $"{source.Path} uses {stage}"))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void A_stage_before_rendering_uses_no_stage_after_it()
    {
        // The order the README draws: a stage reads what the ones before it made, so each can be
        // read, changed and tested with only those before it. Rendering hands its files to Output
        // in Output's own record; Search hands its index to Rendering in one of its own.
        string[] stages = ["Configuration", "Content", "Site", "Search", "Rendering", "Output"];
        var found = Sources()
            .Select(source => (Source: source, Stage: Array.IndexOf(stages, source.Path.Split('/')[0])))
            .Where(x => x.Stage is >= 0 and < 4)
            .SelectMany(x => stages.Skip(x.Stage + 1)
                .Where(later => Regex.IsMatch(x.Source.Code, $@"(?<![\w.])(DecisionsPortal\.)?{later}\.[A-Z]|using DecisionsPortal\.{later};"))
                .Select(later => $"{x.Source.Path} uses {later}"))
            .ToList();
        Assert.Contains(Sources(), source => source.Path.StartsWith("Configuration/", StringComparison.Ordinal));
        Assert.Empty(found);
    }

    [Fact]
    public void No_stage_uses_the_pipeline_that_runs_it()
    {
        // The commands and serve run the pipeline; a stage is handed its inputs and knows nothing
        // of who runs it, so it reports what it measured in a record of Diagnostics.
        string[] runners = ["Pipeline/", "Cli/", "Serving/"];
        var found = Sources()
            .Where(source => !runners.Any(folder => source.Path.StartsWith(folder, StringComparison.Ordinal))
                && Regex.IsMatch(source.Code, @"(?<![\w.])(DecisionsPortal\.)?Pipeline\.[A-Z]|using DecisionsPortal\.Pipeline;"))
            .Select(source => $"{source.Path} uses Pipeline")
            .ToList();
        Assert.Contains(Sources(), source => source.Path.StartsWith("Serving/", StringComparison.Ordinal) && source.Code.Contains("DecisionsPortal.Pipeline", StringComparison.Ordinal));
        Assert.Empty(found);
    }

    [Fact]
    public void Only_the_pipeline_and_serve_hold_the_whole_build_cache()
    {
        // A stage is handed its own part of what serve keeps: one that held the whole cache could
        // read another stage's part (the loaded files, which hold what may not be published).
        string[] holders = ["Pipeline/", "Serving/"];
        var found = Sources()
            .Where(source => !holders.Any(folder => source.Path.StartsWith(folder, StringComparison.Ordinal)) && Regex.IsMatch(source.Code, @"\bBuildCache\b"))
            .Select(source => $"{source.Path} names BuildCache")
            .ToList();
        Assert.Empty(found);
    }

    // Comments may name a type (to say where a file comes from); code may not.
    private static IEnumerable<(string Path, string Code)> Sources() =>
        Directory.EnumerateFiles(Generator, "*.cs", SearchOption.AllDirectories)
            .Select(file => (Path: System.IO.Path.GetRelativePath(Generator, file).Replace('\\', '/'), File: file))
            .Where(source => !source.Path.StartsWith("obj/", StringComparison.Ordinal) && !source.Path.StartsWith("bin/", StringComparison.Ordinal))
            .Select(source => (source.Path, Regex.Replace(File.ReadAllText(source.File), "//[^\n]*", "")));
}
