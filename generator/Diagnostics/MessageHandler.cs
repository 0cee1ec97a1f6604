using System.Globalization;
using System.Text;

namespace DecisionsPortal.Diagnostics;

/// <summary>Builds a <see cref="MessageText"/> from an interpolated string: the literal parts are the template.</summary>
[System.Runtime.CompilerServices.InterpolatedStringHandler]
public struct MessageHandler
{
    private readonly StringBuilder template;
    private readonly List<object?> arguments;

    public MessageHandler(int literalLength, int formattedCount)
    {
        template = new StringBuilder(literalLength + (formattedCount * 4));
        arguments = new List<object?>(formattedCount);
    }

    public readonly void AppendLiteral(string text) => template.Append(text.Replace("{", "{{").Replace("}", "}}"));

    public readonly void AppendFormatted<T>(T value) => Hole(value, null, null);

    public readonly void AppendFormatted<T>(T value, string? format) => Hole(value, null, format);

    public readonly void AppendFormatted<T>(T value, int alignment) => Hole(value, alignment, null);

    public readonly void AppendFormatted<T>(T value, int alignment, string? format) => Hole(value, alignment, format);

    public readonly MessageText ToMessage() => new(template.ToString(), arguments.ToArray());

    private readonly void Hole(object? value, int? alignment, string? format)
    {
        template.Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture));
        if (alignment is { } a)
        {
            template.Append(',').Append(a.ToString(CultureInfo.InvariantCulture));
        }

        if (format is not null)
        {
            template.Append(':').Append(format);
        }

        template.Append('}');
        arguments.Add(value);
    }
}
