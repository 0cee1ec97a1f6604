namespace DecisionsPortal.Diagnostics;

/// <summary>
/// A message before it is put in words of one language: its English template (the message id,
/// as gettext's msgid: "'{0}' must be an ISO date …, not '{1}'") and what fills its holes. The
/// bag keeps these, and the words are chosen only where the message is printed
/// (<see cref="DiagnosticFormatter"/>), from the editor's <see cref="MessageCatalogue"/>.
/// </summary>
/// <remarks>
/// Call sites write plain C# interpolated strings: <see cref="MessageHandler"/> turns
/// <c>$"unknown organ '{id}'"</c> into the template <c>unknown organ '{0}'</c>. A plain string is a
/// template without holes. An argument that is itself a <see cref="MessageText"/> (a "did you mean"
/// tail, a word such as "a list") is put in the same language.
/// </remarks>
public sealed class MessageText(string template, object?[] arguments) : IEquatable<MessageText>
{
    public static readonly MessageText Empty = new("", []);

    /// <summary>The English text with holes <c>{0}</c>, <c>{1:yyyy-MM-dd}</c>; braces of the text itself doubled.</summary>
    public string Template { get; } = template;

    public IReadOnlyList<object?> Arguments { get; } = arguments;

    /// <summary>A message written as an interpolated string, outside a call to the bag.</summary>
    public static MessageText Of(MessageHandler message) => message.ToMessage();

    /// <summary>A message whose template is a composite format string kept in a constant.</summary>
    public static MessageText Format(string template, params object?[] arguments) => new(template, arguments);

    public static implicit operator MessageText(string text) => new(text.Replace("{", "{{").Replace("}", "}}"), []);

    /// <summary>The message in the catalogue's language; English when <paramref name="catalogue"/> is null.</summary>
    public string Render(MessageCatalogue? catalogue)
    {
        var template = catalogue?.Translate(Template) ?? Template;
        if (Arguments.Count == 0)
        {
            return template.Contains('{') || template.Contains('}') ? string.Format(CultureInfo.InvariantCulture, template) : template;
        }

        var arguments = Arguments.Select(a => a is MessageText nested ? nested.Render(catalogue) : a).ToArray();
        return string.Format(catalogue is null ? CultureInfo.InvariantCulture : catalogue.Numbers, template, arguments);
    }

    public override string ToString() => Render(null);

    // Diagnostics are records compared by value; so is their message.
    public bool Equals(MessageText? other) =>
        other is not null && other.Template == Template && other.Arguments.SequenceEqual(Arguments);

    public override bool Equals(object? obj) => Equals(obj as MessageText);

    public override int GetHashCode() => HashCode.Combine(Template, Arguments.Count);
}
