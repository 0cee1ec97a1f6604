using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DecisionsPortal.Yaml;

/// <summary>
/// A YAML parser that remembers where the last node it read began, so that an exception
/// without a position (YamlDotNet throws ArgumentException and others for some malformed
/// input) can still be reported at a line of the file.
/// </summary>
public sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastNodeStart { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is Scalar or MappingStart or SequenceStart or AnchorAlias)
        {
            LastNodeStart = inner.Current.Start;
        }

        return moved;
    }
}
