using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Pipeline;

namespace DecisionsPortal.Serving;

/// <summary>
/// One build after another into serve's folder. What is incremental: files whose path, time and
/// size are unchanged are not parsed again (<see cref="ParsedFileCache"/>; a change of site.yml
/// empties the cache, a change of an attachment forgets the decisions beside it), and only files
/// whose bytes changed are written. Modelling and rendering run
/// in full, in parallel, because listings, feeds and search shards depend on every decision.
/// A failed build writes nothing, so the last good site keeps being served.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options, string folder)
{
    private const string FailedHeadline = "The site has errors, so the last good version is shown. Fix them and save:";

    private readonly BuildCache cache = new();
    private readonly IncrementalWriter writer = new(folder);
    private readonly Lock gate = new();
    private readonly string configPath = Path.GetFullPath(options.ConfigPath);
    private int version;
    private int good;

    public (ServeStatus Status, BuildResult Result) Rebuild(IReadOnlySet<string>? changed = null)
    {
        lock (gate)
        {
            if (changed?.Contains(configPath) == true)
            {
                cache.Clear();
            }

            foreach (var path in changed?.Where(p => !p.EndsWith(".md", StringComparison.Ordinal)) ?? [])
            {
                cache.ParsedFiles.ForgetFolder(Path.GetDirectoryName(path)!);
                cache.ParsedFiles.ForgetFolder(path);
            }

            if (changed is not null)
            {
                cache.ParsedFiles.Changed(changed);
            }

            var result = BuildPipeline.Run(options, publish: false, cache);
            version++;
            if (result.Succeeded && result.Files is { } files)
            {
                var (written, removed) = writer.Write(files
                    .Select(f => f.Path.EndsWith(".html", StringComparison.Ordinal) ? f with { Content = ReloadScript.Inject(f.Content) } : f)
                    .ToList());
                good = version;
                return (new ServeStatus(version, good, true, "", [], cache.ParsedFiles.LastParsed, written, removed), result);
            }

            var errors = result.Diagnostics.Where(d => d.IsError).Select(DiagnosticFormatter.Format).ToList();
            return (new ServeStatus(version, good, false, FailedHeadline, errors, cache.ParsedFiles.LastParsed, 0, 0), result);
        }
    }
}
