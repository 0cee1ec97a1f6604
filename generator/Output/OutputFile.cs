using DecisionsPortal.Shared;

namespace DecisionsPortal.Output;

/// <summary>
/// A file of the site: its path under the output folder ('/' separated) and its bytes, either
/// made already (<c>new OutputFile(path, bytes)</c>, <see cref="Text"/>) or made on demand
/// (<see cref="OnDemand"/>), so the Render stage can write each file as soon as it is made and
/// <c>serve</c> can skip files whose <see cref="Fingerprint"/> did not change since its last build.
/// </summary>
public sealed class OutputFile
{
    private readonly byte[]? content;
    private readonly Func<OutputFile?>? make;
    private readonly Fingerprint? fingerprint;
    private readonly Lazy<Fingerprint>? later;

    /// <param name="fingerprint">Of the inputs that made the bytes, when known (serve keeps the file while that stands).</param>
    public OutputFile(string path, byte[] content, Fingerprint? fingerprint = null)
        : this(path, content, fingerprint, later: null, make: null, source: null)
    {
    }

    private OutputFile(string path, byte[]? content, Fingerprint? fingerprint, Lazy<Fingerprint>? later, Func<OutputFile?>? make, string? source)
    {
        Path = path;
        this.content = content;
        this.fingerprint = fingerprint;
        this.later = later;
        this.make = make;
        Source = source;
    }

    public string Path { get; }

    /// <summary>
    /// The file on disk whose bytes this file is (an attachment, <see cref="CopyOf"/>), which the sink
    /// copies by stream (<see cref="IOutputSink.Copy"/>): an attachment may be a gigabyte or more,
    /// and is never held in memory whole.
    /// </summary>
    public string? Source { get; }

    /// <summary>The line of content that asked for this file (an alias), named when its path collides with another file's.</summary>
    public Diagnostics.SourceLocation? Origin { get; init; }

    /// <summary>True for a file made on demand (<see cref="OnDemand"/>), false for one made already.</summary>
    public bool IsOnDemand => make is not null;

    /// <summary>
    /// Of every input that shapes the bytes (site-wide ones included), when the producer knows
    /// them; null otherwise. Only serve asks for it.
    /// </summary>
    public Fingerprint? Fingerprint => later?.Value ?? fingerprint;

    /// <summary>The bytes of a file made already; a file made <see cref="OnDemand"/> has them only from <see cref="Make"/>, a copy only on disk.</summary>
    public byte[] Content => content ?? throw new InvalidOperationException($"'{Path}' is made on demand or copied: call Make()");

    /// <summary>A file that is a copy of <paramref name="source"/>, copied by the sink without reading it into memory.</summary>
    public static OutputFile CopyOf(string path, string source) => new(path, content: null, fingerprint: null, later: null, make: null, source);

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A file made when the Render stage asks for it; <paramref name="make"/> returns null after reporting an error.</summary>
    public static OutputFile OnDemand(string path, Fingerprint? fingerprint, Func<OutputFile?> make) => new(path, content: null, fingerprint, later: null, make, source: null);

    /// <summary>
    /// As <see cref="OnDemand(string, Shared.Fingerprint?, Func{OutputFile?})"/>, for a file whose
    /// fingerprint is of the parts its bytes are put together from: worked out when serve first
    /// asks (a one-off build never does), once.
    /// </summary>
    public static OutputFile OfParts(string path, Func<Fingerprint> fingerprint, Func<OutputFile?> make) => new(path, content: null, fingerprint: null, new Lazy<Fingerprint>(fingerprint), make, source: null);

    /// <summary>The bytes; null when making them reported an error (in the diagnostics).</summary>
    public byte[]? Make()
    {
        if (content is not null)
        {
            return content;
        }

        if (Source is not null)
        {
            return File.ReadAllBytes(Source);
        }

        var made = make!();
        if (made is not null && !string.Equals(made.Path, Path, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"a file announced as '{Path}' was made as '{made.Path}'");
        }

        return made?.Make();
    }
}
