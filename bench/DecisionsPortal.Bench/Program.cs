using System.Text;
using DecisionsPortal.Bench;

Console.OutputEncoding = Encoding.UTF8;
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

try
{
    var root = Repository.Root();
    var options = BenchOptions.Parse(args, root);
    var command = "dotnet run -c Release --project bench/DecisionsPortal.Bench --" + (args.Length == 0 ? "" : " " + string.Join(' ', args));
    var report = new BenchRunner(options, root, Console.Out).Run(command);
    Console.WriteLine();
    Console.WriteLine(report.ToMarkdown());
    if (options.ResultsFile is { } file)
    {
        report.WriteInto(file);
        Console.WriteLine($"Written to {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
    }

    return 0;
}
catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
