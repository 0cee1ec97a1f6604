using System.Text.RegularExpressions;
using DecisionsPortal.Diagnostics;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Diagnostics;

/// <summary>
/// Every message the generator can print has its Finnish and Swedish text, with the same holes as
/// the English one. A new message fails here until its entry is added to a file in
/// generator/Diagnostics/Messages/ (the failure lists what to add, and writes the entries with the
/// English filled in to Messages/missing.received.txt).
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly IReadOnlyList<MessageTemplates.Found> Templates = MessageTemplates.InGenerator();

    [Fact]
    public void The_sources_hold_the_messages_editors_meet()
    {
        var templates = Templates.Select(t => t.Template).ToHashSet();

        Assert.True(templates.Count > 150, $"only {templates.Count} templates found");
        Assert.Contains("'{0}' must be an ISO date YYYY-MM-DD, e.g. '{1}: {2}', not '{3}'", templates);
        Assert.Contains("unknown organ '{0}' in 'body'{1}", templates);
        Assert.Contains("{0} error(s), {1} warning(s)", templates);
        Assert.Contains("The site has errors, and nothing has been built yet. Fix them and save:", templates);
        Assert.Contains("a tab is used for indentation here; YAML indents with spaces only: replace the tab with spaces", templates);
    }

    [Fact]
    public void Every_message_has_its_Finnish_and_Swedish_text()
    {
        var entries = MessageCatalogue.All.ToDictionary(e => e.English, StringComparer.Ordinal);
        var missing = Templates
            .GroupBy(t => t.Template, StringComparer.Ordinal)
            .Select(g => (Template: g.Key, First: g.First(), Lacks: new[] { "fi", "sv" }.Where(l => !entries.TryGetValue(g.Key, out var e) || !e.Translations.ContainsKey(l)).ToList()))
            .Where(m => m.Lacks.Count > 0)
            .ToList();

        var received = Path.Combine(Repository.Root, "generator", "Diagnostics", "Messages", "missing.received.txt");
        if (missing.Count == 0)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllLines(received, missing.SelectMany(m => new[] { $"# {m.First.File}({m.First.Line})", $"en: {m.Template}", "fi: ", "sv: ", "" }));
        Assert.Fail($"{missing.Count} message(s) lack a translation; add them to generator/Diagnostics/Messages/*.txt (a list is in {received}):\n"
            + string.Join("\n", missing.Take(40).Select(m => $"{m.First.File}({m.First.Line}) [{string.Join(", ", m.Lacks)}]: {m.Template}")));
    }

    [Fact]
    public void No_message_is_made_as_a_finished_English_string()
    {
        Assert.Empty(MessageTemplates.MadeAsPlainStrings());
    }

    [Fact]
    public void A_translation_has_the_holes_of_its_English_text()
    {
        var wrong = MessageCatalogue.All
            .SelectMany(e => e.Translations.Select(t => (Entry: e, Language: t.Key, Text: t.Value)))
            .Where(t => !Holes(t.Text).SequenceEqual(Holes(t.Entry.English)) || !Formats(t.Text, Holes(t.Entry.English).Count))
            .Select(t => $"{t.Entry.File}({t.Entry.Line}) {t.Language}: {t.Text}   (English: {t.Entry.English})")
            .ToList();

        Assert.True(wrong.Count == 0, "holes differ from the English text:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_catalogue_entry_is_written_in_Finnish_and_Swedish_once()
    {
        var duplicates = MessageCatalogue.All.GroupBy(e => e.English, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var incomplete = MessageCatalogue.All.Where(e => !e.Translations.ContainsKey("fi") || !e.Translations.ContainsKey("sv") || e.Translations.Values.Any(string.IsNullOrWhiteSpace)).Select(e => $"{e.File}({e.Line})").ToList();

        Assert.Empty(duplicates);
        Assert.Empty(incomplete);
    }

    private static List<string> Holes(string template) =>
        Hole().Matches(template.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private static bool Formats(string template, int holes)
    {
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Enumerable.Range(0, Math.Max(holes, 10)).Select(_ => (object)"x").ToArray());
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Hole();
}
