using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DecisionsPortal.Serving;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Serving;

public sealed class ServeTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private static string Page => "fi/paatokset/2025/a/";

    [Fact]
    public async Task Serve_answers_rebuilds_after_a_change_and_keeps_the_last_good_site_after_a_broken_one()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(title: "Ensimmäinen otsikko")}
            -- content/fi/2025/b.md --
            {Decisions.Finnish(title: "Toinen päätös", date: "2025-01-02")}
            """);
        var written = new StringWriter();
        var log = TextWriter.Synchronized(written);
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), log);
        using var http = new HttpClient { BaseAddress = server.Address };

        Assert.Equal(IPAddress.Loopback.ToString(), server.Address.Host);
        Assert.Contains("Ensimmäinen otsikko", await http.GetStringAsync(Page));
        Assert.Contains("<script src=\"/_serve/reload.js\" defer></script>", await http.GetStringAsync(Page));
        Assert.Contains("EventSource", await http.GetStringAsync("/_serve/reload.js"));
        Assert.Equal("/fi/", (await http.GetAsync("fi")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(Directory.Exists(site.Output), "serve never writes the real output folder");

        var initial = await Status(http);
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Muutettu otsikko"));
        await Eventually(async () => await Settled(http) > initial.GetProperty("good").GetInt32()
            && (await http.GetStringAsync(Page)).Contains("Muutettu otsikko"));
        var rebuilt = await Status(http);
        Assert.True(rebuilt.GetProperty("ok").GetBoolean());
        // Only the saved file is parsed again. A save can reach the watcher as two events, and a
        // second rebuild then finds nothing to parse: every rebuild after the first parsed at most
        // that one file, and one of them parsed it.
        var parsed = Regex.Matches(written.ToString(), @"(\d+) file\(s\) parsed").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Skip(1).ToList();
        Assert.True(parsed.Contains(1) && parsed.All(n => n <= 1), written.ToString());

        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Rikki", date: "14.3.2025"));
        await Eventually(async () => (await Status(http)).GetProperty("errors").EnumerateArray().Any(e => e.GetString()!.Contains("error DP0011")));
        var broken = await Status(http);
        Assert.False(broken.GetProperty("ok").GetBoolean());
        Assert.Equal(rebuilt.GetProperty("good").GetInt32(), broken.GetProperty("good").GetInt32());
        Assert.Contains("Muutettu otsikko", await http.GetStringAsync(Page));
        Assert.Contains("error DP0011", written.ToString());
        Assert.Contains("the last good version is still served", written.ToString());
    }

    [Fact]
    public async Task The_event_stream_announces_each_build()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        using var response = await http.GetAsync("/_serve/events", HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("retry: 1000", await events.ReadLineAsync());

        var before = (await Status(http)).GetProperty("version").GetInt32();
        site.Write("content/fi/2025/a.md", Decisions.Finnish(title: "Uusi"));

        // An edit is announced twice, its pages and then its search index: the stream names the last.
        var version = 0;
        await Eventually(async () => await Status(http) is var status && status.GetProperty("indexed").GetBoolean()
            && (version = status.GetProperty("version").GetInt32()) > before);
        using var timeout = new CancellationTokenSource(Bound);
        string? line;
        do
        {
            line = await events.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != $"data: {version}");
        Assert.Equal($"data: {version}", line);
    }

    [Fact]
    public async Task Only_changed_files_are_written_again()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}\n-- content/sv/2025/a.md --\n{Decisions.Swedish()}");
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        var first = await Status(http);

        site.Write("content/sv/2025/a.md", Decisions.Swedish(text: "Ny text."));
        await Eventually(async () => (await http.GetStringAsync("sv/beslut/2025/a/")).Contains("Ny text.")
            && await Settled(http) > first.GetProperty("good").GetInt32());

        var second = await Status(http);
        Assert.Equal(1, second.GetProperty("parsed").GetInt32());
        Assert.InRange(second.GetProperty("written").GetInt32(), 1, first.GetProperty("written").GetInt32() / 2);
        Assert.Contains("Ny text.", await http.GetStringAsync("sv/beslut/2025/a/"));
    }

    // Also of a decision whose page alone shows its personal data: what only its page shows is
    // part of its body, not of what the listings show of it.
    [Theory]
    [InlineData("")]
    [InlineData(" Tarkasti [[Matti Meikäläinen]]{.personal}.")]
    public async Task A_text_edit_of_one_decision_renders_only_its_page_and_data_again(string mark)
    {
        using var site = new TestSite(string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"-- content/fi/2025/d{i}.md --\n{Decisions.Finnish(title: $"Päätös {i}", date: $"2025-03-1{i}", text: "Teksti." + mark)}\n-- content/sv/2025/d{i}.md --\n{Decisions.Swedish(title: $"Beslut {i}", date: $"2025-03-1{i}")}\n")));
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        var first = await Status(http);

        site.Write("content/fi/2025/d3.md", Decisions.Finnish(title: "Päätös 3", date: "2025-03-13", text: "Uusi sana: kirjastoauto." + mark));
        await Eventually(async () => await Settled(http) > first.GetProperty("good").GetInt32());

        // Its page and its index.json; not the listings, feeds or the other pages, nor the language's
        // decisions.json and decisions.csv, whose records leave the texts out. The two search pages are
        // rendered every time (they name the index's manifest, whose hash is known only once the index
        // is built) and written only when it changed.
        var second = await Status(http);
        Assert.True(first.GetProperty("rendered").GetInt32() > 60, first.ToString());
        Assert.Equal(2 + 2, second.GetProperty("rendered").GetInt32());
        Assert.Contains("kirjastoauto", await http.GetStringAsync("fi/paatokset/2025/d3/"));
        Assert.Contains(second.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "render:HtmlPage" && s.GetProperty("cpuMs").GetDouble() >= 0);
    }

    // An editor who previews with serve sees what build would warn about: the site's warnings at
    // the start, and after a save the warning it brought, not every warning again.
    [Fact]
    public async Task Serve_tells_the_sites_warnings_and_after_a_save_only_the_new_ones()
    {
        using var site = new TestSite($"""
            -- content/fi/2025/a.md --
            {Decisions.Finnish(text: "Katso [kutsu](kutsu kirje.pdf).")}
            -- content/fi/2025/b.md --
            {Decisions.Finnish(title: "Toinen päätös", date: "2025-01-02")}
            """);
        var written = new StringWriter();
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Synchronized(written));
        using var http = new HttpClient { BaseAddress = server.Address };
        var first = await Status(http);
        Assert.Single(Regex.Matches(written.ToString(), @"a\.md\(\d+,\d+\): warning DP0187"));

        site.Write("content/fi/2025/b.md", Decisions.Finnish(title: "Toinen päätös", date: "2025-01-02", text: "Katso [liite](liite 2.pdf)."));
        await Eventually(async () => await Settled(http) > first.GetProperty("good").GetInt32()
            && Regex.IsMatch(written.ToString(), @"b\.md\(\d+,\d+\): warning DP0187"));

        Assert.Single(Regex.Matches(written.ToString(), @"a\.md\(\d+,\d+\): warning DP0187"));
    }

    [Fact]
    public async Task Deleting_an_attachment_is_reported_although_its_decision_file_did_not_change()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish(extra: "attachments: [{ title: Kutsu, file: kutsu.txt }]")}\n-- content/fi/2025/kutsu.txt --\nKutsu\n");
        await using var server = await DevServer.StartAsync(new ServeOptions(site.ConfigPath, Port: 0), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        Assert.True((await Status(http)).GetProperty("ok").GetBoolean());

        File.Delete(Path.Combine(site.Root, "content/fi/2025/kutsu.txt"));

        await Eventually(async () => (await Status(http)).GetProperty("errors").EnumerateArray().Any(e => e.GetString()!.Contains("error DP0030")));
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_naming_the_port()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");
        var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var command = DecisionsPortal.Cli.ServeCommand.Create(stdout, stderr);

            var exit = await command.Parse(["--config", site.ConfigPath, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr }).WaitAsync(Bound);

            Assert.Equal(2, exit);
            Assert.Contains($"error DP1062: cannot listen on 127.0.0.1:{port}", stderr.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void A_normal_build_has_no_reload_script()
    {
        using var site = new TestSite($"-- content/fi/2025/a.md --\n{Decisions.Finnish()}");

        Assert.True(site.Build().Succeeded);

        Assert.DoesNotContain("_serve", site.Read(Page + "index.html"));
    }

    private static Task<JsonElement> Status(HttpClient http) => ServeProbe.Status(http);

    private static Task Eventually(Func<Task<bool>> condition) => ServeProbe.Eventually(condition, Bound);

    // The last good build's version once its search index is made too (an edit's pages are served before it); -1 before.
    private static async Task<int> Settled(HttpClient http) =>
        await Status(http) is var status && status.GetProperty("indexed").GetBoolean() ? status.GetProperty("good").GetInt32() : -1;
}
