using System.Runtime.CompilerServices;
using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// axe-core (Deque.AxeCore) with the WCAG 2.1 level A and AA rules, the rules an
/// EN 301 549 audit starts from. Violations print as one readable block per rule and element.
/// </summary>
public static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Each page in the light colour scheme, then each in the dark: a theory's rows.</summary>
    public static TheoryData<string, ColorScheme> InBothSchemes(IEnumerable<string> pages)
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var page in pages)
            {
                data.Add(page, scheme);
            }
        }

        return data;
    }

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page)
    {
        // Every rule of the tags runs and every violation comes back whole; only the passing,
        // inapplicable and incomplete results, which no test reads, are not collected and sent
        // over, which is most of axe's work on a long page.
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        };
        // axe.run in the page itself (the library's "legacy mode": one document, the same rules and
        // results). Its default (runPartial in every frame, then finishRun in a blank page of its
        // own, axe injected into both) costs 4–6 s a page on this machine against 0.1–0.2 s for the
        // run; it exists for cross-origin iframes, which no page of ours has. The library's legacy
        // mode itself sends axe's 650 KB to the page at every call; here the page gets it once, as a
        // script the browser runs in each document the page loads (and in the one it shows now).
        if (Injected.TryAdd(page, new object()))
        {
            await page.AddInitScriptAsync(AxeSource);
            await page.EvaluateAsync(AxeSource);
        }

        var result = await page.EvaluateAsync<string>("async (options) => JSON.stringify(await axe.run(document, JSON.parse(options)))", JsonConvert.SerializeObject(options));
        return new AxeResult(JObject.Parse(result)).Violations;
    }

    // The pages that have axe in every document (tests of the two browser collections call at once).
    private static readonly ConditionalWeakTable<IPage, object> Injected = [];

    // With the library's branding, as its own runs configure it (the rules' help addresses name it).
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript() + "\n;axe.configure({ branding: 'axe-core-playwright-nuget' })";

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.Append($"{violation.Id} ({violation.Impact}): {violation.Help} — {violation.HelpUrl}\n");
            foreach (var node in violation.Nodes)
            {
                text.Append($"    at {node.Target}: {node.Html}\n");
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.Append("      ").Append(check.Message).Append('\n');
                }
            }
        }

        return text.ToString();
    }
}
