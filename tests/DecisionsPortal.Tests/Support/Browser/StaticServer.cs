using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// Serves a built site from its output folder on a free loopback port, as a static host would:
/// index.html for folder addresses, the site mounted at the base URL's path, and the headers
/// its <c>_headers</c> file asks for (so pages are tested under the header policy too).
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticServer(WebApplication app, string origin)
    {
        this.app = app;
        Origin = origin;
    }

    /// <summary>"http://127.0.0.1:port", without a trailing slash.</summary>
    public string Origin { get; }

    public static async Task<StaticServer> StartAsync(string folder, string basePath = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var mount = basePath.TrimEnd('/');
        var headers = HeadersFile.Read(Path.Combine(folder, "_headers"));
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headers.For(context.Request.Path.Value ?? "/"))
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = files,
            RequestPath = mount,
            EnableDefaultFiles = true,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
