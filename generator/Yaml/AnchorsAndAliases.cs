using YamlDotNet.Core;

namespace DecisionsPortal.Yaml;

/// <summary>
/// The anchors and aliases of one text, named once the text is read (after a syntax error, the
/// part before it). These files read neither; what decides the message is whether that text
/// pairs them. An anchor no alias uses, or an alias
/// of no anchor, on a field's value is text that begins with '&amp;' or '*' ('title: &amp;Kemi Oy',
/// 'title: *kiireellinen'), and so is a name with a '*' or a letter outside ASCII ('*Tärkeä*',
/// Markdown's emphasis): such a value takes quotes. A pair is YAML's own: write the value out.
/// </summary>
internal sealed class AnchorsAndAliases
{
    private readonly List<Sign> signs = [];
    private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> aliases = new(StringComparer.Ordinal);

    /// <summary>An anchor; the text is its value as written after it, where the value is plain text of a field.</summary>
    public void Anchor(string name, Mark at, string? field, string? text)
    {
        anchors.Add(name);
        signs.Add(new Sign('&', name, at, field, text is null ? null : $"&{name} {text}".TrimEnd()));
    }

    public void Alias(string name, Mark at, string? field)
    {
        aliases.Add(name);
        signs.Add(new Sign('*', name, at, field, "*" + name));
    }

    /// <summary>Each one's message: its code, place, format and holes.</summary>
    public IEnumerable<(string Code, Mark At, string Format, object?[] Args)> Reports(YamlCodes codes)
    {
        foreach (var sign in signs)
        {
            var paired = sign.Mark == '&' ? aliases.Contains(sign.Name) : anchors.Contains(sign.Name);
            var text = !paired || sign.Name.Any(c => c == '*' || !char.IsAscii(c));
            if (text && sign is { Field: { } field, Text: { } value })
            {
                yield return (codes.QuoteTheValue, sign.At, YamlMessages.SignAtStart, [field, sign.Mark, $"{field}: {GluedNote.Quote(value)}"]);
            }
            else
            {
                yield return sign.Mark == '&'
                    ? (codes.Anchor, sign.At, YamlMessages.Anchor, [sign.Name])
                    : (codes.Alias, sign.At, YamlMessages.Alias, [sign.Name]);
            }
        }
    }

    private sealed record Sign(char Mark, string Name, Mark At, string? Field, string? Text);
}
