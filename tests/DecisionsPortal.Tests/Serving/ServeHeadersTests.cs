using System.Net;
using DecisionsPortal.Configuration;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

public sealed class ServeHeadersTests
{
    [Fact]
    public async Task Serve_sends_the_sites_headers_and_redirects_only_within_the_site()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "attachments:\n  - { title: Liite, file: liite.pdf }") + "\n");
        site.WriteBytes("content/fi/2025/liite.pdf", [1, 2, 3]);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        foreach (var path in new[] { "//fi", "///fi", "/fi" })
        {
            var answer = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "/").AbsoluteUri.TrimEnd('/') + path));
            Assert.Equal("/fi/", answer.Headers.Location!.OriginalString);
        }

        var page = await http.GetAsync("/fi/paatokset/2025/a/");
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        var attachment = await http.GetAsync("/fi/paatokset/2025/a/liite.pdf");
        Assert.Equal("attachment", attachment.Content.Headers.ContentDisposition?.DispositionType);
        // Once: the site's rule and the attachment's both applied, and sent it twice.
        Assert.Equal("nosniff", Assert.Single(attachment.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void Serves_headers_follow_an_attachment_added_and_stay_through_a_text_edit()
    {
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish() + "\n");
        site.WriteBytes("content/fi/2025/liite.pdf", [1, 2, 3]);
        using var served = new TempFolder();
        // _headers is kept while all but bodies stands: a fingerprint that missed the attachments
        // would leave the file without the new one's rule (ServeMatchesBuildTests guards the rest).
        var rebuilder = new SiteRebuilder(new BuildOptions(site.ConfigPath, IncludeDrafts: true, BaseUrl: "http://127.0.0.1:1/"), served.Path);
        var headers = Path.Combine(served.Path, "_headers");
        var decision = Path.Combine(site.Root, "content", "fi", "2025", "a.md");
        Assert.True(rebuilder.Rebuild().Status.Ok);
        Assert.DoesNotContain("liite.pdf", File.ReadAllText(headers), StringComparison.Ordinal);

        File.WriteAllText(decision, Decisions.Finnish(extra: "attachments:\n  - { title: Liite, file: liite.pdf }") + "\n");
        // A time of its own, so that the load sees a changed file even within the file system's tick.
        File.SetLastWriteTimeUtc(decision, new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc));
        Assert.True(rebuilder.Rebuild(new HashSet<string> { decision }).Status.Ok);
        Assert.Contains("/fi/paatokset/2025/a/liite.pdf\n  Content-Disposition: attachment", File.ReadAllText(headers), StringComparison.Ordinal);

        File.AppendAllText(decision, "\nLisätty kappale.\n");
        File.SetLastWriteTimeUtc(decision, new DateTime(2026, 1, 1, 0, 0, 2, DateTimeKind.Utc));
        Assert.True(rebuilder.Rebuild(new HashSet<string> { decision }).Status.Ok);
        Assert.Contains("/fi/paatokset/2025/a/liite.pdf\n  Content-Disposition: attachment", File.ReadAllText(headers), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_answers_only_requests_addressed_to_this_machine()
    {
        // A page on another site can have its own name resolved to 127.0.0.1 (DNS rebinding): the
        // browser then reads serve's answers as that site's own, drafts and all, and sends its name
        // as the Host. Only a name of this machine may be answered.
        using var site = new TestSite("-- content/fi/2025/a.md --\n" + Decisions.Finnish(extra: "draft: true") + "\n");
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };

        foreach (var path in new[] { "/fi/paatokset/2025/a/", "/fi/paatokset/2025/a/index.json", "/_serve/status", "/fi/paatokset/2025/a" })
        {
            foreach (var host in new[] { $"attacker.example:{server.Address.Port}", "attacker.example", $"127.0.0.1.attacker.example:{server.Address.Port}", $"localhost.attacker.example:{server.Address.Port}" })
            {
                var foreign = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = host } });
                Assert.Equal(HttpStatusCode.MisdirectedRequest, foreign.StatusCode);
                Assert.DoesNotContain("katon", await foreign.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            }

            foreach (var host in new[] { $"127.0.0.1:{server.Address.Port}", $"localhost:{server.Address.Port}", $"LOCALHOST:{server.Address.Port}", "localhost" })
            {
                var local = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = host } });
                Assert.True(local.IsSuccessStatusCode || local.StatusCode == HttpStatusCode.Redirect, $"{host} {path}: {local.StatusCode}");
            }
        }
    }
}
