namespace DecisionsPortal.Diagnostics;

/// <summary>Builds a <see cref="MessageText"/> from an interpolated string: the literal parts are the template.</summary>
[System.Runtime.CompilerServices.InterpolatedStringHandler]
public struct MessageHandler(int literalLength, int formattedCount)
{
    private readonly StringBuilder template = new(literalLength + (formattedCount * 4));
    private readonly List<object?> arguments = new(formattedCount);

    public readonly void AppendLiteral(string text) => template.Append(text.Replace("{", "{{").Replace("}", "}}"));

    public readonly void AppendFormatted<T>(T value)
    {
        template.Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        arguments.Add(value);
    }

    public readonly MessageText ToMessage() => new(template.ToString(), arguments.ToArray());
}
