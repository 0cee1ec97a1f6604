using System.Text.RegularExpressions;
using DecisionsPortal.Tests.Support;
using DecisionsPortal.Tests.Support.Browser;

namespace DecisionsPortal.Tests.Quality;

/// <summary>
/// The dark colour scheme changes colours and nothing else: the accessibility tests rely on it
/// when they run only axe's colour rules (<see cref="Accessibility.ColourRules"/>) in the dark
/// scheme, the page's structure, names and language having been checked in the light one.
/// </summary>
public sealed partial class DarkSchemeTests
{
    [Fact]
    public void The_themes_dark_scheme_sets_colours_only()
    {
        var css = File.ReadAllText(Path.Combine(Repository.Templates, "assets", "site.css"));

        var blocks = DarkBlocks(css);

        Assert.NotEmpty(blocks);
        foreach (var (property, value) in blocks.SelectMany(Declarations))
        {
            Assert.True(IsColour(property, value), $"'{property}: {value}' in a dark-scheme block is not a colour; the accessibility tests would have to run every axe rule in the dark scheme too");
        }
    }

    [Fact]
    public void A_dark_block_that_changes_more_than_colours_is_caught()
    {
        var css = "@media (prefers-color-scheme: dark) { :root { --text: #eee; } .menu { display: none; } }";

        var declarations = DarkBlocks(css).SelectMany(Declarations).ToList();

        Assert.Contains(declarations, d => !IsColour(d.Property, d.Value));
        Assert.Contains(declarations, d => IsColour(d.Property, d.Value));
    }

    private static List<string> DarkBlocks(string css)
    {
        var blocks = new List<string>();
        foreach (Match media in DarkMedia().Matches(css))
        {
            // The block runs to the brace that closes the one after the media query.
            var depth = 0;
            var start = media.Index + media.Length;
            for (var c = start - 1; c < css.Length; c++)
            {
                depth += css[c] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth == 0)
                {
                    blocks.Add(css[start..c]);
                    break;
                }
            }
        }

        return blocks;
    }

    // The declarations of each rule in the block (the text between a rule's braces, selectors left out).
    private static IEnumerable<(string Property, string Value)> Declarations(string block) =>
        RuleBody().Matches(Comment().Replace(block, ""))
            .SelectMany(body => body.Groups["body"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(declaration => declaration.Split(':', 2))
            .Select(parts => (parts[0].Trim(), parts.Length == 2 ? parts[1].Trim() : ""));

    private static bool IsColour(string property, string value) =>
        (property.StartsWith("--", StringComparison.Ordinal) || property.EndsWith("color", StringComparison.Ordinal) || property == "background")
        && ColourValue().IsMatch(value);

    [GeneratedRegex(@"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{")]
    private static partial Regex DarkMedia();

    [GeneratedRegex(@"\{(?<body>[^{}]*)\}")]
    private static partial Regex RuleBody();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|(rgb|rgba|hsl|hsla)\([^)]*\)|var\(--[-\w]+\)|transparent|currentColor)$")]
    private static partial Regex ColourValue();
}
