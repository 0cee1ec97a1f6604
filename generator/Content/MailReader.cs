using System.Reflection;
using MimeKit;
using MimeKit.IO.Filters;
using MimeKit.Utils;

namespace DecisionsPortal.Content;

/// <summary>
/// A mail's parts as MimeKit's reader meets them, one after another: each part's headers, then its
/// content, decoded when it ends and read as <see cref="SavedMail.Words"/> says. Only the part at
/// hand is held, so a mail of many parts, or of one header folded over many lines, costs no more
/// than its bytes and its words.
/// </summary>
internal sealed partial class MailReader : MimeReader
{
    // Deeper than any client nests a mail's parts (replies forwarded in replies reach a few dozen);
    // past it a part is read by its runs of text, where an encoded name is not found.
    private const int MaxDepth = 64;

    // What a boundary is written with (RFC 2046's bchars).
    private static readonly System.Buffers.SearchValues<byte> BoundaryLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'()+_,-./:=? "u8);

    // What a line of base64 is written with (WrittenAsBase64).
    private static readonly System.Buffers.SearchValues<byte> Base64Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="u8);

    // MimeKit's reader grows its buffer of one header 64 bytes at a time, copying it each time: a
    // header of megabytes (folded over a million lines) would take minutes. Given one as large as
    // the mail, it never grows. Missing (another MimeKit), every test of a mail fails here.
    private static readonly FieldInfo HeaderBuffer = typeof(MimeReader).GetField("headerBuffer", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new InvalidOperationException("MimeKit's MimeReader has no field 'headerBuffer'");

    private readonly byte[] mail;
    private readonly int start;
    private readonly Func<string, byte[], string> file;
    private readonly Action pastLimits;
    private readonly StringBuilder text;

    // The headers of the part at hand: its type's parameters, its name and its encoding are among them.
    private readonly List<Header> headers = [];

    // The path of each mail the part at hand is in ('viesti.eml', then 'viesti.eml/Fwd.eml').
    private readonly Stack<string> paths;

    // The boundary of each multipart the part at hand is in.
    private readonly Stack<string?> boundaries = [];

    private ContentType partType = new("text", "plain");

    private int parts;

    public MailReader(byte[] mail, int start, MimeFormat format, string name, Func<string, byte[], string> file, Action pastLimits, StringBuilder text)
        : base(new ParserOptions { MaxMimeDepth = MaxDepth }, new MemoryStream(mail, start, mail.Length - start, writable: false), format)
    {
        (this.mail, this.start, this.file, this.pastLimits, this.text) = (mail, start, file, pastLimits, text);
        paths = new([name]);
        HeaderBuffer.SetValue(this, new byte[mail.Length - start + 1]);
    }

    protected override void OnHeadersBegin(long beginOffset, int beginLineNumber, CancellationToken cancellationToken) => headers.Clear();

    protected override void OnHeaderRead(Header header, int beginLineNumber, CancellationToken cancellationToken)
    {
        text.Append(header.Field).Append(": ").Append(header.Value).Append('\n');
        headers.Add(header);
    }

    // A mail forwarded in it is read as its own path ('viesti.eml/Fwd.eml').
    protected override void OnMessagePartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken) =>
        paths.Push($"{paths.Peek()}/{Named(contentType, ".eml")}");

    protected override void OnMessagePartEnd(ContentType contentType, long beginOffset, int beginLineNumber, long headersEndOffset, long endOffset, int lines, CancellationToken cancellationToken) =>
        paths.Pop();

    protected override void OnMultipartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken) =>
        boundaries.Push(contentType.Boundary);

    protected override void OnMultipartEnd(ContentType contentType, long beginOffset, int beginLineNumber, long headersEndOffset, long endOffset, int lines, CancellationToken cancellationToken) =>
        boundaries.Pop();

    // A multipart whose delimiter lines are written other than its boundary is declared has, to
    // MimeKit as the standard says, no parts: all of it is its preamble. A client that matches
    // boundaries in any case, or finds them by the part headers after them, shows the parts
    // decoded, so the preamble is read as a mail of the boundary written, each boundary line in
    // it (its nested multiparts' too) written as declared: read once, however deep such
    // multiparts in another case nest.
    protected override void OnMultipartPreambleEnd(long beginOffset, int beginLineNumber, long endOffset, int lines, CancellationToken cancellationToken)
    {
        var preamble = Bytes(beginOffset, endOffset);
        if (!boundaries.TryPeek(out var declared) || Written(preamble, declared) is not { } boundary)
        {
            text.Append(AttachmentFileText.Decoded(preamble)).Append('\n');
            return;
        }

        parts++;
        var mail = $"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n{AsDeclared(System.Text.Encoding.Latin1.GetString(preamble), boundary)}";
        text.Append(file($"{paths.Peek()}/{parts.ToString(CultureInfo.InvariantCulture)}.eml", System.Text.Encoding.Latin1.GetBytes(mail))).Append('\n');
    }

    // The boundary the preamble's delimiter lines stand for: the one declared, where a line writes
    // it in another case; else the first written on a line that part headers follow (none declared,
    // or '--XYZ' where 'osa' is); else none.
    private static string? Written(byte[] preamble, string? declared)
    {
        string? other = null;
        var delimiter = ReadOnlySpan<byte>.Empty;
        foreach (var range in preamble.AsSpan().Split((byte)'\n'))
        {
            var line = preamble.AsSpan(range).TrimEnd(" \t\r"u8);
            if (declared is { Length: > 0 } && line.StartsWith("--"u8) && (line.Length == declared.Length + 2 || (line.Length == declared.Length + 4 && line.EndsWith("--"u8)))
                && System.Text.Encoding.Latin1.GetString(line.Slice(2, declared.Length)) is var written && written.Equals(declared, StringComparison.OrdinalIgnoreCase))
            {
                return written != declared ? declared : null;
            }

            if (other is null && delimiter.Length > 0 && IsHeader(line))
            {
                other = System.Text.Encoding.Latin1.GetString(delimiter);
            }

            delimiter = IsDelimiter(line) ? line[2..] : [];
        }

        return other;
    }

    // A line as a client writes a boundary's delimiter: '--' and the boundary's letters.
    private static bool IsDelimiter(ReadOnlySpan<byte> line) => line.StartsWith("--"u8) && line.Length is > 2 and <= 72 && line[2..].IndexOfAnyExcept(BoundaryLetters) < 0 && line[^1] != (byte)' ';

    // A header's name and its colon at the line's start.
    private static bool IsHeader(ReadOnlySpan<byte> line) => line.IndexOf((byte)':') is > 0 and var colon && line[..colon].IndexOfAnyExceptInRange((byte)'!', (byte)'~') < 0;

    // The text with each boundary line written as its multipart declares it (the one given, and
    // those declared in the text, in any case). A nested multipart none of whose lines writes its
    // boundary is given the first delimiter after its declaration that part headers follow and no
    // multipart declares, as the preamble's own is (Written): so multiparts nested in each other,
    // each written another word altogether, are read as one mail, in one pass over the text.
    private static string AsDeclared(string text, string declared)
    {
        var boundaries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [declared] = declared };
        var declarations = BoundaryParameter().Matches(text);
        foreach (Match parameter in declarations)
        {
            boundaries.TryAdd(parameter.Groups[1].Value, parameter.Groups[1].Value);
        }

        var lines = BoundaryLine().Matches(text);
        var written = lines.Select(l => l.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var next = 0;
        foreach (Match parameter in declarations.Where(p => !written.Contains(p.Groups[1].Value)))
        {
            while (next < lines.Count && (lines[next].Index < parameter.Index || boundaries.ContainsKey(lines[next].Groups[1].Value) || !OpensPart(text, lines[next])))
            {
                next++;
            }

            if (next < lines.Count)
            {
                boundaries[lines[next].Groups[1].Value] = parameter.Groups[1].Value;
            }
        }

        return BoundaryLine().Replace(text, line => boundaries.TryGetValue(line.Groups[1].Value, out var boundary) ? $"--{boundary}{line.Groups[2].Value}" : line.Value);
    }

    // A delimiter line as Written takes one, and a header on the line after it.
    private static bool OpensPart(string text, Match line)
    {
        var rest = text.AsSpan(line.Index + line.Length);
        var next = rest[(rest.IndexOf('\n') + 1)..];
        next = next[..(next.IndexOf('\n') is >= 0 and var end ? end : next.Length)];
        return IsDelimiter(System.Text.Encoding.Latin1.GetBytes(line.Value)) && IsHeader(System.Text.Encoding.Latin1.GetBytes(next.ToString()));
    }

    [GeneratedRegex(@"boundary\s*=\s*""?([^""\s;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryParameter();

    [GeneratedRegex(@"^--([^\r\n]+?)(--)?(?=[ \t]*\r?$)", RegexOptions.Multiline)]
    private static partial Regex BoundaryLine();

    protected override void OnMultipartEpilogueEnd(long beginOffset, int beginLineNumber, long endOffset, int lines, CancellationToken cancellationToken) =>
        text.Append(AttachmentFileText.Decoded(Bytes(beginOffset, endOffset))).Append('\n');

    protected override void OnMimePartBegin(ContentType contentType, long beginOffset, int beginLineNumber, CancellationToken cancellationToken) => partType = contentType;

    // The part's content as it is written, decoded; a multipart here is one nested past what the
    // reader takes apart, read by its runs of text, and told.
    protected override void OnMimePartContentEnd(long beginOffset, int beginLineNumber, long endOffset, int lines, NewLineFormat? newLineFormat, CancellationToken cancellationToken)
    {
        var content = Bytes(beginOffset, endOffset);
        if (partType.MediaType.Equals("multipart", StringComparison.OrdinalIgnoreCase))
        {
            pastLimits();
            text.Append(FileStrings.Of(content)).Append('\n');
            return;
        }

        var encoding = TransferEncoding();
        Part(Decoded(content, encoding), partType);

        // Declared base64 but written as it is (a text of spaces and letters no base64 has): decoded,
        // it is noise, and a client that cannot decode it shows it as written.
        if (encoding == ContentEncoding.Base64 && !WrittenAsBase64(content))
        {
            Part(content, partType);
        }
    }

    // Lines of base64's letters and nothing else, but the blanks a transport leaves at a line's end.
    private static bool WrittenAsBase64(ReadOnlySpan<byte> content)
    {
        foreach (var line in content.Split((byte)'\n'))
        {
            if (content[line].TrimEnd(" \t\r"u8).IndexOfAnyExcept(Base64Letters) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private byte[] Bytes(long beginOffset, long endOffset) => mail[(start + (int)beginOffset)..(start + (int)Math.Max(beginOffset, endOffset))];

    // The part's Content-Transfer-Encoding, if it names one MimeKit knows.
    private ContentEncoding? TransferEncoding() =>
        headers.FirstOrDefault(h => h.Id == HeaderId.ContentTransferEncoding) is { } encoding && MimeUtils.TryParse(encoding.Value, out ContentEncoding kind) ? kind : null;

    // The content decoded as its Content-Transfer-Encoding says (base64, quoted-printable, uuencode).
    internal static byte[] Decoded(byte[] content, ContentEncoding? encoding) =>
        encoding is { } kind ? DecoderFilter.Create(kind).Flush(content, 0, content.Length, out var index, out var length)[index..(index + length)] : content;

    // A text as its charset says; any other part, or one with a file's name, by the reader given.
    private void Part(byte[] bytes, ContentType contentType)
    {
        var type = contentType.MimeType.ToLowerInvariant();
        var fileName = FileName(contentType);
        if (fileName is null && type is "text/plain" or "text/html" && FileKind.ByFirstBytes(bytes).Length == 0)
        {
            var words = MailText.Of(bytes, contentType.Charset);
            if (type == "text/html")
            {
                var page = WebPageText.Of(words);
                text.Append(page).Append('\n').Append(DataAddresses.Words(page, (inner, held) => file($"{paths.Peek()}/{inner}", held)));
            }
            else
            {
                text.Append(Unflowed(words, contentType) ?? words).Append('\n');
            }

            Uuencoded(words);
            return;
        }

        text.Append(file($"{paths.Peek()}/{Named(contentType, MailPartKind.Extension(type, bytes))}", bytes)).Append('\n');

        // A text file attached (a mailing list's digest) may hold a file uuencoded in it too; one
        // sent as 'format=flowed' is shown in the mail (Thunderbird shows a text file inline) as its text is.
        if (type == "text/plain")
        {
            var words = MailText.Of(bytes, contentType.Charset);
            if (Unflowed(words, contentType) is { } shown)
            {
                text.Append(shown).Append('\n');
            }

            Uuencoded(words);
        }
    }

    // A text sent as 'format=flowed' as its client shows it: a line ending in a space goes on in the
    // next, after the next line's quote marks ('> '), so a name with a space is broken across
    // quoted lines; with 'delsp=yes' (Apple Mail) the space is no space, so a long word or address
    // is broken anywhere ('kauppakirja-meik ' / 'alainen.pdf').
    // Null for a text not sent so.
    private static string? Unflowed(string words, ContentType contentType) =>
        contentType.Parameters.TryGetValue("format", out string? format) && format.Equals("flowed", StringComparison.OrdinalIgnoreCase)
            ? new MimeKit.Text.FlowedToText { DeleteSpace = contentType.Parameters.TryGetValue("delsp", out string? delsp) && delsp.Equals("yes", StringComparison.OrdinalIgnoreCase) }.Convert(words)
            : null;

    // A file an old client or a mailing list's digest writes into the text itself ('begin 644 name' … 'end').
    private void Uuencoded(string words)
    {
        foreach (var (fileName, bytes) in UuencodedFiles.In(words))
        {
            parts++;
            text.Append(ZipNames.Spaced(fileName)).Append('\n').Append(file($"{paths.Peek()}/{fileName}", bytes)).Append('\n');
        }
    }

    private string? FileName(ContentType contentType) =>
        (headers.FirstOrDefault(h => h.Id == HeaderId.ContentDisposition) is { } disposition && ContentDisposition.TryParse(disposition.RawValue, out var parsed) ? parsed.FileName : null)
        ?? contentType.Name;

    // A part's file name, also with its signs for spaces as spaces; a part of none is numbered and given its type's extension.
    private string Named(ContentType contentType, string extension)
    {
        parts++;
        if (FileName(contentType) is not { } fileName)
        {
            return parts.ToString(CultureInfo.InvariantCulture) + extension;
        }

        text.Append(fileName).Append('\n').Append(ZipNames.Spaced(fileName)).Append('\n');
        return Path.HasExtension(fileName) ? fileName : fileName + extension;
    }
}
