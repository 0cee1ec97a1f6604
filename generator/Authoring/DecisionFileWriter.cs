using DecisionsPortal.Configuration;
using DecisionsPortal.Content;
using DecisionsPortal.Shared;

namespace DecisionsPortal.Authoring;

/// <summary>
/// Writes the text of a new decision file: every field present, one comment on each saying what
/// to write. Values are quoted where YAML would otherwise misread them (a ':' or '#' in a title).
/// </summary>
public static class DecisionFileWriter
{
    private static readonly string[] Written =
        ["title", "date", "body", "section", "dnro", "preparer", "presenter", "proposal", "decision", "topics", "attachments", "draft", "confidential", "key"];

    public static string Write(NewDecision decision, SiteConfig config)
    {
        var lang = decision.Language;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("# ").Append(FieldHelp.For(lang, "intro")).Append('\n');
        if (decision.TranslateFrom is not null)
        {
            text.Append("# ").Append(FieldHelp.For(lang, "translate", decision.TranslateFrom)).Append('\n');
        }

        Field(text, "title", Quote(decision.Title), FieldHelp.For(lang, "title"));
        Field(text, "date", (decision.Date is { } date ? IsoDate.Format(date) : ""), FieldHelp.For(lang, "date"));
        Field(text, "body", decision.Body ?? "", FieldHelp.For(lang, "body", string.Join(", ", config.Bodies.Select(b => b.Id))));
        Field(text, "section", decision.Section?.ToString(CultureInfo.InvariantCulture) ?? "", FieldHelp.For(lang, "section"));
        Field(text, "dnro", decision.Dnro is null ? "" : Quote(decision.Dnro), FieldHelp.For(lang, "dnro"));
        Person(text, "preparer", decision.PreparerName, lang);
        Person(text, "presenter", decision.PresenterName, lang);
        Field(text, "proposal", "", FieldHelp.For(lang, "proposal"));
        Field(text, "decision", "", FieldHelp.For(lang, "decision"));
        Field(text, "topics", $"[{string.Join(", ", decision.Topics ?? [])}]", FieldHelp.For(lang, "topics", string.Join(", ", config.Topics.Select(t => t.Id))));
        Field(text, "attachments", "[]", FieldHelp.For(lang, "attachments"));
        var withheld = decision.Withheld ?? new Dictionary<string, string>();
        Field(text, "draft", withheld.GetValueOrDefault("draft", "false"), FieldHelp.For(lang, "draft"));

        // Written as 'false', not left empty: an empty 'confidential:' is an error, since an editor
        // who left it unfinished may have meant to withhold the decision.
        Field(text, "confidential", withheld.GetValueOrDefault("confidential", "false"), FieldHelp.For(lang, "confidential"));
        Field(text, "key", decision.Key is null ? "" : Quote(decision.Key), FieldHelp.For(lang, "key"));

        // Fields added to the content model later (by other features) are present too, left empty.
        foreach (var field in DecisionFields.All.Except(Written, StringComparer.Ordinal))
        {
            Field(text, field, withheld.GetValueOrDefault(field, ""), FieldHelp.For(lang, "other"));
        }

        text.Append("---\n");
        return text.ToString();
    }

    /// <summary>
    /// A YAML double-quoted scalar: safe for any text, including ':', '#', quotes and line breaks
    /// (a title pasted with one would otherwise end the value, or with a '---' line the front matter).
    /// </summary>
    public static string Quote(string value)
    {
        if (value.Length == 0)
        {
            return "";
        }

        var escaped = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\\\"),
                '"' => escaped.Append("\\\""),
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                < ' ' and not '\t' or '\u007F' or (>= '\u0080' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.Append('"').ToString();
    }

    private static void Person(StringBuilder text, string field, string? name, string lang)
    {
        Field(text, field, "", FieldHelp.For(lang, field));
        Field(text, "  name", name is null ? "" : Quote(name), FieldHelp.For(lang, "name"));
        Field(text, "  title", "", FieldHelp.For(lang, "person_title"));
    }

    private static void Field(StringBuilder text, string name, string value, string help)
    {
        var line = value.Length == 0 ? $"{name}:" : $"{name}: {value}";
        text.Append(line.PadRight(32)).Append(" # ").Append(help).Append('\n');
    }
}
