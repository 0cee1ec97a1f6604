using Microsoft.Playwright;

namespace DecisionsPortal.Tests.EndToEnd;

/// <summary>
/// What a page downloaded, as the network panel shows it: each request's address and its body's
/// size (uncompressed), from Playwright's request events; and the rounds in which it asked.
/// </summary>
public sealed class RequestLog
{
    private readonly List<Task<Entry>> entries = [];
    public RequestLog(IPage page) => page.RequestFinished += (_, request) =>
    {
        lock (entries)
        {
            entries.Add(Read(request));
        }
    };

    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>The requests finished so far, after the first <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<Entry>> EntriesAsync(int skip = 0)
    {
        Task<Entry>[] pending;
        lock (entries)
        {
            pending = entries.Skip(skip).ToArray();
        }

        return (await Task.WhenAll(pending)).ToList();
    }

    /// <summary>
    /// Holds back every response by <paramref name="latency"/>, as a slow network would. On a
    /// loopback server a response can end before a request started in the same task is even
    /// timed, which made rounds uncountable under load; with a latency no request can depend on
    /// another without starting at least that much later.
    /// </summary>
    public static Task AddLatencyAsync(IPage page, TimeSpan latency) =>
        page.RouteAsync("**/*", async route =>
        {
            await Task.Delay(latency);
            await route.ContinueAsync();
        });

    /// <summary>
    /// Rounds of requests after the first <paramref name="skip"/> resources, from the browser's own
    /// high-resolution timings (Resource Timing): a request that starts after a response of the
    /// current round has ended could depend on it, so it begins the next round.
    /// </summary>
    // The favicon is fetched by the browser on its own schedule, not by the query. Requests whose
    // address holds <paramref name="without"/> are left out.
    public static async Task<int> RoundsAsync(IPage page, int skip, string without = "/favicon.")
    {
        var timings = await page.EvaluateAsync<double[][]>(
            "([skip, without]) => performance.getEntriesByType('resource').slice(skip).filter(e => !e.name.includes('/favicon.') && !e.name.includes(without)).map(e => [e.startTime, e.responseEnd])", new object[] { skip, without });
        var rounds = 0;
        var firstEnd = double.MinValue;
        foreach (var timing in timings.OrderBy(t => t[0]))
        {
            if (rounds == 0 || timing[0] >= firstEnd)
            {
                rounds++;
                firstEnd = timing[1];
            }
            else
            {
                firstEnd = Math.Min(firstEnd, timing[1]);
            }
        }

        return rounds;
    }

    public static Task<int> ResourceCountAsync(IPage page) => page.EvaluateAsync<int>("performance.getEntriesByType('resource').length");

    private static async Task<Entry> Read(IRequest request)
    {
        var response = await request.ResponseAsync();
        var body = response is null ? [] : await response.BodyAsync();
        return new Entry(new Uri(request.Url).AbsolutePath, body.Length);
    }

    public sealed record Entry(string Path, long Bytes);
}
