using MimeKit;

namespace DecisionsPortal.Content;

/// <summary>
/// A saved e-mail (.eml, as Outlook and Thunderbird save one; a web page saved as one file, .mht,
/// is one too) is published with its headers (the sender, the subject), its text and its attachments,
/// which a client writes encoded (base64, quoted-printable, a header's encoded words, RFC 2231's
/// names): the name in them is not in its bytes. MimeKit parses and decodes them.
/// Each part is decoded and read: a text as its charset says (a web page's without its tags), any
/// other by the reader given, as the file of its kind (a PDF, an office document, a zip, a gzipped
/// file, a mail forwarded in it); an attachment's name is read as a zip's file names are.
/// </summary>
internal static partial class SavedMail
{
    // Deeper than any client nests a mail's parts (a forward of a forward is a few); past it a part is not read.
    private const int MaxDepth = 32;

    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".eml" or ".mht" or ".mhtml" or ".mbox";

    /// <summary>Whether the file is Outlook's winmail.dat (TNEF), by its signature: a client that cannot read one saves it under any name.</summary>
    public static bool IsTnef(byte[] file) => file is [0x78, 0x9F, 0x3E, 0x22, ..];

    /// <summary>
    /// The words of a winmail.dat, in which Outlook sends a mail's text and attachments to a client
    /// it thinks reads Rich Text, read as <see cref="Words"/> reads a mail's; <paramref name="cut"/>
    /// where it ends before its attributes do (MimeKit reads it so far, with no error); one damaged
    /// otherwise is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static string TnefWords(string name, byte[] tnef, Func<string, byte[], string> file, Action pastLimits, out bool cut)
    {
        // MimeKit decodes a winmail.dat's text by its code page (1252 and the like), which .NET
        // knows only once the provider is registered: else its type initialiser fails. Registering
        // twice is harmless, and no other reader depends on its being absent.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        // Its runs of text too: the conversion to a mail keeps only the attributes a mail has a
        // place for, and Outlook writes others (and a damaged one is still bytes).
        var text = new StringBuilder(FileStrings.Of(tnef)).Append('\n');
        try
        {
            using var part = new MimeKit.Tnef.TnefPart { Content = new MimeContent(new MemoryStream(tnef, writable: false)) };
            new Reader(file, pastLimits, text).Message(part.ConvertToMessage(), name, 0);
            using var reader = new MimeKit.Tnef.TnefReader(new MemoryStream(tnef, writable: false), 0, MimeKit.Tnef.TnefComplianceMode.Loose);
            while (reader.ReadNextAttribute())
            {
            }

            cut = reader.ComplianceStatus.HasFlag(MimeKit.Tnef.TnefComplianceStatus.StreamTruncated);
        }
        catch (Exception e) when (e is MimeKit.Tnef.TnefException or FormatException or ArgumentException)
        {
            throw new InvalidDataException(e.Message, e);
        }

        return text.ToString();
    }

    /// <summary>
    /// The mail's words: its headers decoded, its text parts, and what <paramref name="file"/> reads of
    /// each other part, given its path in the mail ('viesti.eml/hakemus.pdf') and its bytes decoded.
    /// <paramref name="pastLimits"/> is told of parts nested past what is read. A file that does not
    /// start as a mail does is read by its runs of text, as a file of unknown kind is.
    /// </summary>
    public static string Words(string name, byte[] mail, Func<string, byte[], string> file, Action pastLimits)
    {
        // A tool that saves a mail may write a byte order mark or a blank line before its headers.
        var start = mail.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < mail.Length && mail[start] is (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (!HeaderName().IsMatch(Encoding.Latin1.GetString(mail, start, Math.Min(mail.Length - start, 1000))))
        {
            return FileStrings.Of(mail);
        }

        // A mailbox (.mbox) is mails one after another, each after its 'From ' line.
        var options = new ParserOptions { MaxMimeDepth = 2 * MaxDepth };
        using var stream = new MemoryStream(mail, start, mail.Length - start, writable: false);
        var parser = new MimeParser(options, stream, mail.AsSpan(start).StartsWith("From "u8) ? MimeFormat.Mbox : MimeFormat.Entity);
        var text = new StringBuilder();
        var reader = new Reader(file, pastLimits, text);
        try
        {
            do
            {
                reader.Message(parser.ParseMessage(), name, 0);
            }
            while (!parser.IsEndOfStream);
        }

        // Headers no parser can take apart: the rest is read by its runs of text.
        catch (FormatException)
        {
            text.Append(FileStrings.Of(mail));
        }

        return text.ToString();
    }

    // A uuencoded file: its name, then its lines (each starts with a character of its alphabet), then 'end'.
    [GeneratedRegex(@"^begin [0-7]{3,4} ([^\r\n]+)\r?\n((?:[!-`][^\r\n]*\r?\n)*?)end\s*$", RegexOptions.Multiline)]
    private static partial Regex UuencodedFile();

    // A header's name at the file's start (an mbox's 'From ' line may stand before it).
    [GeneratedRegex(@"\A(From [^\n]*\n)?[!-9;-~]+:")]
    private static partial Regex HeaderName();

    // A tag, and its element's name where it has one (none for a comment or a doctype).
    [GeneratedRegex("<[/!?]?([A-Za-z][A-Za-z0-9:_-]*)?[^>]*>")]
    private static partial Regex Tag();

    // A web page's words: a block's tag ends a line, any other is no space (Outlook and Word
    // split a word into spans at a spell check or a change of colour, 'Quorvi<span lang=FI>nen</span>').
    private static string HtmlWords(string html) =>
        Markup.HtmlEntities.Decode(Tag().Replace(html, m => Block(m.Groups[1].Value.ToLowerInvariant()) ? "\n" : ""));

    private static bool Block(string element) => element is "" or "p" or "div" or "br" or "hr" or "td" or "th" or "tr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "thead" or "tbody" or "tfoot" or "caption" or "blockquote" or "pre" or "address"
        or "html" or "head" or "body" or "title" or "meta" or "style" or "script" or "section" or "article" or "header" or "footer" or "nav" or "aside"
        or "main" or "figure" or "figcaption" or "form" or "fieldset" or "legend" or "option" or "select" or "textarea" or "button" or "input" or "img" or "center";

    // Bytes in the charset a mail names; by their look (AttachmentFileText.Decoded) where it names none the build knows.
    private static string Text(byte[] bytes, string? charset)
    {
        try
        {
            if (charset is { Length: > 0 } && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && (CodePagesEncodingProvider.Instance.GetEncoding(charset) ?? Encoding.GetEncoding(charset)) is { } encoding)
            {
                return encoding.GetString(bytes);
            }
        }
        catch (ArgumentException)
        {
        }

        return AttachmentFileText.Decoded(bytes);
    }

    // A mail's parts, each part's headers first, as MimeKit parses them.
    private sealed class Reader(Func<string, byte[], string> file, Action pastLimits, StringBuilder text)
    {
        private int parts;

        public void Message(MimeMessage message, string path, int depth)
        {
            Headers(message.Headers);
            if (message.Body is { } body)
            {
                Entity(body, path, depth);
            }
        }

        // A part by its kind; a mail forwarded in it is read as its own path ('viesti.eml/Fwd.eml').
        private void Entity(MimeEntity entity, string path, int depth)
        {
            if (depth >= MaxDepth)
            {
                pastLimits();
                return;
            }

            Headers(entity.Headers);
            switch (entity)
            {
                case Multipart multipart:
                    text.Append(multipart.Preamble).Append('\n');
                    foreach (var part in multipart)
                    {
                        Entity(part, path, depth + 1);
                    }

                    text.Append(multipart.Epilogue).Append('\n');
                    break;
                case MessagePart { Message: { } forwarded }:
                    Message(forwarded, $"{path}/{Named(entity, ".eml")}", depth + 1);
                    break;
                case MimePart part:
                    Part(part, path);
                    break;
            }
        }

        private void Headers(HeaderList headers)
        {
            foreach (var header in headers)
            {
                text.Append(header.Field).Append(": ").Append(header.Value).Append('\n');
            }
        }

        // A text as its charset says; any other part, or one with a file's name, by the reader given.
        private void Part(MimePart part, string path)
        {
            using var decoded = new MemoryStream();
            part.Content?.DecodeTo(decoded);
            var bytes = decoded.ToArray();
            var type = part.ContentType.MimeType.ToLowerInvariant();
            if (part.FileName is null && type is "text/plain" or "text/html")
            {
                var words = Text(bytes, part.ContentType.Charset);
                text.Append(type == "text/html" ? HtmlWords(words) : words).Append('\n');
                Uuencoded(words, path);
                return;
            }

            text.Append(file($"{path}/{Named(part, Extension(type, bytes))}", bytes)).Append('\n');
        }

        // A file an old client or a mailing list's digest writes into the text itself, between 'begin 644 name' and 'end'.
        private void Uuencoded(string words, string path)
        {
            foreach (Match m in UuencodedFile().Matches(words))
            {
                var encoded = Encoding.Latin1.GetBytes(m.Groups[2].Value);
                var decoder = new MimeKit.Encodings.UUDecoder(payloadOnly: true);
                var bytes = new byte[decoder.EstimateOutputLength(encoded.Length)];
                var length = decoder.Decode(encoded, 0, encoded.Length, bytes);
                var fileName = m.Groups[1].Value.Trim();
                parts++;
                text.Append(ZipNames.Spaced(fileName)).Append('\n').Append(file($"{path}/{fileName}", bytes[..length])).Append('\n');
            }
        }

        // A part's file name, also with its signs for spaces as spaces; a part of none is numbered and given its type's extension.
        private string Named(MimeEntity entity, string extension)
        {
            parts++;
            if ((entity.ContentDisposition?.FileName ?? entity.ContentType.Name) is not { } fileName)
            {
                return parts.ToString(System.Globalization.CultureInfo.InvariantCulture) + extension;
            }

            text.Append(fileName).Append('\n').Append(ZipNames.Spaced(fileName)).Append('\n');
            return Path.HasExtension(fileName) ? fileName : fileName + extension;
        }

        // The kind a part's type names, for a part of no file name (a forwarded mail, an image in a
        // web page); or its first bytes, for one a client sent as 'application/octet-stream'.
        private static string Extension(string type, byte[] bytes) => type switch
        {
            "message/rfc822" => ".eml",
            "application/pdf" => ".pdf",
            "application/zip" or "application/x-zip-compressed" => ".zip",
            "application/gzip" or "application/x-gzip" => ".gz",
            "application/rtf" or "text/rtf" => ".rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ".xlsx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation" => ".pptx",
            "application/vnd.oasis.opendocument.text" => ".odt",
            "image/jpeg" => ".jpg",
            "image/png" => ".png",
            "image/tiff" => ".tif",
            _ when type.StartsWith("text/", StringComparison.Ordinal) => ".txt",
            _ => Kind(bytes),
        };

        private static string Kind(byte[] bytes) => bytes switch
        {
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => ".pdf",
            [0x1F, 0x8B, ..] => ".gz",
            [(byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', ..] => ".rtf",
            [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("word/document.xml"u8) >= 0 => ".docx",
            [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("xl/workbook.xml"u8) >= 0 => ".xlsx",
            [(byte)'P', (byte)'K', 3, 4, ..] when bytes.AsSpan().IndexOf("ppt/presentation.xml"u8) >= 0 => ".pptx",
            [(byte)'P', (byte)'K', 3, 4, ..] => ".zip",
            _ => "",
        };
    }
}
