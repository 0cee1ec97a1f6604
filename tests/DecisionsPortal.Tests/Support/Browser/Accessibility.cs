using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DecisionsPortal.Tests.Support.Browser;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) with the WCAG 2.1 level A and AA rules, the rules an
/// EN 301 549 audit starts from. Violations print as one readable block per rule and element.
/// </summary>
public static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

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
        // axe.run in the page itself. The library's default (runPartial in every frame, then
        // finishRun in a blank page of its own, axe injected into both) costs 4–6 s a page on this
        // machine against 0.1–0.2 s for the run; it exists for cross-origin iframes, which no page
        // of ours has, and both modes apply the same rules to the same document.
#pragma warning disable CS0618 // "legacy mode": the single-document axe.run, the same rules and results
        var result = await page.RunAxeLegacy(context: null, options: options);
#pragma warning restore CS0618
        return result.Violations;
    }

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
