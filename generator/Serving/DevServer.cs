using System.Net;
using System.Text.Json;
using DecisionsPortal.Configuration;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionsPortal.Serving;

/// <summary>
/// <c>serve</c>: Kestrel on 127.0.0.1 serving a private build folder (never the real output),
/// rebuilt when content, templates or site.yml change. Pages get the reload script; the browser
/// learns of each build over Server-Sent Events (<c>/_serve/events</c>) and asks <c>/_serve/status</c>
/// whether to reload or to show the errors.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    // The heap is collected for the next rebuild once serve has been idle this long after a rebuild
    // or a request: the reloaded page and its files are fetched by then, and the editor reads.
    private static readonly TimeSpan HeapDelay = TimeSpan.FromMilliseconds(150);

    private readonly WebApplication app;
    private readonly string folder;
    private readonly TextWriter log;
    private readonly CancellationTokenSource stopping = new();
    private string? language;
    private string configFile = "";
    private SiteRebuilder? rebuilder;
    private SiteWatcher? watcher;
    private Timer? heapTimer;
    private Timer? dayTimer;
    private readonly Lock dayGate = new();
    private Task warming = Task.CompletedTask;
    private (long Stamp, HostHeaders Parsed) headers = (0, HostHeaders.Parse(""));
    private readonly Lock warningsGate = new();
    private HashSet<string> toldWarnings = new(StringComparer.Ordinal);

    private DevServer(WebApplication app, string folder, TextWriter log)
    {
        this.app = app;
        this.folder = folder;
        this.log = log;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public LiveState State { get; } = new(new ServeStatus(0, 0, false, "The site is being built…", [], 0, 0, 0));

    /// <summary>Starts serving and builds once; returns when the first build is done (good or not).</summary>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "decisions-portal-serve-" + Guid.NewGuid().ToString("N"));
        // The temporary folder is every user's, and the preview holds drafts: the folder is ours alone.
        _ = OperatingSystem.IsWindows() ? Directory.CreateDirectory(folder) : Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // The empty builder: no configuration files, so nothing watches a content root. The slim
        // builder watches its content root, the build folder, for appsettings.json: an inotify
        // watch on each of its thousands of folders (against a user limit that is 8,192 on many
        // systems) and work on every file a rebuild writes.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = folder });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var server = new DevServer(builder.Build(), folder, log);
        server.app.Run(server.HandleAsync);
        try
        {
            await server.app.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        var address = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        server.Begin(options);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (dayTimer is not null)
        {
            await dayTimer.DisposeAsync();
        }

        watcher?.Dispose();
        await warming;
        if (heapTimer is not null)
        {
            await heapTimer.DisposeAsync();
        }

        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void Begin(ServeOptions options)
    {
        var build = new BuildOptions(options.ConfigPath, IncludeDrafts: true, BaseUrl: Address.AbsoluteUri, Clock: options.Clock);
        language = options.Language;
        configFile = Path.GetFullPath(options.ConfigPath);
        rebuilder = new SiteRebuilder(build, folder, language);
        heapTimer = new Timer(_ => rebuilder.PrepareHeap());

        // Watch where the configuration says the sources are; if it did not load, its usual places.
        // The watcher starts before the first build, so a save during that build is not missed.
        var siteFolder = Path.GetDirectoryName(configFile)!;
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(build, bag);
        var folders = config is null
            ? [Path.Combine(siteFolder, "content"), Path.Combine(siteFolder, "templates")]
            : new[] { config.ContentDirectory, config.TemplatesDirectory };
        watcher = new SiteWatcher(folders, configFile, Rebuild);
        Rebuild(null);
        dayTimer = new Timer(_ => RebuildOnNewDay(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        log.WriteLine(MessageText.Of($"Serving {Address} (drafts included); watching {string.Join(", ", folders.Select(PathDisplay.Relative))} and {PathDisplay.Relative(configFile)}. Press Ctrl+C to stop.")
            .Render(EditorLanguage.Catalogue(language, configFile)));

        // The first edit then runs compiled code (see SiteRebuilder.Warm), and finds the heap collected for it.
        warming = Task.Run(() =>
        {
            rebuilder.Warm();
            QuietHeapSoon();
        });
    }

    private void Rebuild(IReadOnlySet<string>? changed)
    {
        var (status, result) = rebuilder!.Rebuild(changed, State.Publish);
        State.Publish(status);
        QuietHeapSoon();
        var catalogue = EditorLanguage.Catalogue(language, configFile);
        if (status.Ok)
        {
            TellNewWarnings(status.Warnings);
            log.WriteLine(MessageText.Of(
                $"Built in {result.Seconds} s: {status.Parsed} file(s) parsed, {status.Rendered} rendered, {status.Written} written, {status.Removed} removed").Render(catalogue));
            return;
        }

        DiagnosticFormatter.WriteAll(result.Diagnostics.Where(d => d.IsError), log, gitHubActions: false, catalogue);
        log.WriteLine((status.Good > 0
            ? (MessageText)"The build failed; the last good version is still served. Fix the errors above and save."
            : "The build failed; fix the errors above and save.").Render(catalogue));
    }

    // A warning is what build and check would tell the editor too (a mark that cannot expire, an
    // attachment not read in full); a save tells the ones it brought, not all the site's again.
    private void TellNewWarnings(IReadOnlyList<string> warnings)
    {
        lock (warningsGate)
        {
            foreach (var line in warnings.Where(w => !toldWarnings.Contains(w)))
            {
                log.WriteLine(line);
            }

            toldWarnings = warnings.ToHashSet(StringComparer.Ordinal);
        }
    }

    // The day decides what personal data has expired: serve left running past midnight rebuilds
    // before it answers the day's first request, and within a minute for a tab left open (its
    // page then reloads), so no preview shows a mark after its last day until the next save.
    private void RebuildOnNewDay()
    {
        if (rebuilder?.NewDay() != true)
        {
            return;
        }

        lock (dayGate)
        {
            if (rebuilder.NewDay())
            {
                Rebuild(new HashSet<string>());
            }
        }
    }

    // (Again) HeapDelay from now; a save during the collection waits for it.
    private void QuietHeapSoon()
    {
        try
        {
            heapTimer?.Change(HeapDelay, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // serve is stopping: no rebuild will need it.
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        QuietHeapSoon();
        context.Response.Headers.CacheControl = "no-store";
        if (!LocalHost.Is(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }

        RebuildOnNewDay();
        switch (context.Request.Path.Value)
        {
            case ReloadScript.Path:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.Body.WriteAsync(ReloadScript.Content, context.RequestAborted);
                return;
            case "/_serve/status":
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(JsonSerializer.Serialize(State.Current, ServeStatusJson.Default.ServeStatus), context.RequestAborted);
                return;
            case "/_serve/events":
                await EventsAsync(context);
                return;
            default:
                await FileAsync(context);
                return;
        }
    }

    private async Task EventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            var seen = State.Current.Version;
            await context.Response.WriteAsync("retry: 1000\n\n", done.Token);
            await context.Response.Body.FlushAsync(done.Token);
            while (true)
            {
                var status = await State.NextAsync(seen, done.Token);
                seen = status.Version;
                await context.Response.WriteAsync($"data: {seen}\n\n", done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or serve is stopping.
        }
    }

    // Read again only when a build rewrote it.
    private HostHeaders Headers()
    {
        var file = new FileInfo(Path.Combine(folder, "_headers"));
        var stamp = file.Exists ? file.LastWriteTimeUtc.Ticks ^ file.Length : 0;
        var known = headers;
        if (known.Stamp == stamp)
        {
            return known.Parsed;
        }

        HostHeaders parsed;
        try
        {
            parsed = HostHeaders.Parse(file.Exists ? File.ReadAllText(file.FullName) : "");
        }
        catch (IOException)
        {
            return known.Parsed;
        }

        headers = (stamp, parsed);
        return parsed;
    }

    private async Task FileAsync(HttpContext context)
    {
        var requested = context.Request.Path.Value ?? "/";
        var relative = requested.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        string target;
        try
        {
            target = OutputFolder.SafeTarget(Path.GetFullPath(folder), relative);
        }
        catch (InvalidOperationException)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Directory.Exists(target))
        {
            // Made from the path's segments, never the request as typed: "//fi/" would be the host "fi".
            var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
            context.Response.Redirect("/" + string.Join('/', segments) + "/" + context.Request.QueryString);
            return;
        }

        if (!File.Exists(target))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            // The site's own 404 page, as the hosts the README names show it (with the status 404).
            var notFound = Path.Combine(folder, DecisionsPortal.Site.SitePaths.NotFoundFile);
            if (State.Current.Good > 0 && File.Exists(notFound))
            {
                await SendAsync(context, notFound, requested);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            var message = State.Current.Good == 0 ? "The site has not built yet." : $"Nothing at {WebUtility.HtmlEncode(requested)}.";
            await context.Response.WriteAsync(
                $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Not found</title></head><body><p>{message}</p><script src=\"{ReloadScript.Path}\" defer></script></body></html>",
                Encoding.UTF8,
                context.RequestAborted);
            return;
        }

        await SendAsync(context, target, requested);
    }

    private async Task SendAsync(HttpContext context, string target, string requested)
    {
        // The site's own headers (its Content-Security-Policy, attachments as downloads), as a host
        // that reads _headers sends them; caching stays off, so that every save shows.
        foreach (var (name, value) in Headers().For(requested))
        {
            if (!name.Equals("Cache-Control", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Append(name, value);
            }
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(target, out var type) ? type : "application/octet-stream";
        if (type is not null && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("xml", StringComparison.Ordinal)))
        {
            context.Response.ContentType = type + "; charset=utf-8";
        }

        await context.Response.SendFileAsync(target, context.RequestAborted);
    }
}
